package claimwatch.topology;

import claimwatch.ingest.Article;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is publication time: the article's {@code publishedAt}, else the record's own
 * timestamp (the producer's, for a live feed without one), else the partition's stream time.
 * Never the wall clock of the processing machine, so a replay computes what live processing did.
 */
public final class PublicationTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article article && article.publishedAt() != null) {
            return article.publishedAt().toEpochMilli();
        }
        if (record.timestamp() >= 0) {
            return record.timestamp();
        }
        return Math.max(partitionTime, 0);
    }
}

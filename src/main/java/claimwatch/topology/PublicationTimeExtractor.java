package claimwatch.topology;

import claimwatch.ingest.Article;
import claimwatch.track.TrackingSettings.Undated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is publication time: the article's {@code publishedAt}. Without one, in live mode the
 * record's own timestamp (the producer's, for a live feed), else the partition's stream time. Never
 * the wall clock of the processing machine, so a replay computes what live processing did.
 *
 * <p>In replay mode ({@link Undated#LATE}) an undated article keeps the partition's stream time: the
 * producer's clock at the time of the replay must not move stream time, or every window would close
 * at once. The topology then sets the article aside on {@code late-articles}.
 */
public final class PublicationTimeExtractor implements TimestampExtractor {

    private final Undated undated;

    public PublicationTimeExtractor() {
        this(Undated.RECORD_TIME);
    }

    public PublicationTimeExtractor(Undated undated) {
        this.undated = undated;
    }

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article article && article.publishedAt() != null) {
            return article.publishedAt().toEpochMilli();
        }
        if (undated == Undated.RECORD_TIME && record.timestamp() >= 0) {
            return record.timestamp();
        }
        return Math.max(partitionTime, 0);
    }
}

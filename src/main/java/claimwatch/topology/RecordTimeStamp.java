package claimwatch.topology;

import claimwatch.ingest.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Instant;

/**
 * Live mode ({@code claimwatch.undated.articles=record-time}): an article without a publication
 * time takes the event time {@link PublicationTimeExtractor} gave it, so every later step sees one time.
 */
final class RecordTimeStamp implements FixedKeyProcessor<String, Article, Article> {

    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;

    RecordTimeStamp(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        if (article.publishedAt() == null) {
            metrics.undatedArticle();
            article = article.withPublishedAt(Instant.ofEpochMilli(record.timestamp()));
        }
        context.forward(record.withValue(article));
    }
}

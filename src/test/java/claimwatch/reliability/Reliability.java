package claimwatch.reliability;

import claimwatch.ingest.Article;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.ConsumerLag;
import claimwatch.testing.OutputSnapshot;
import claimwatch.testing.RunSettings;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps the reliability tests share. */
final class Reliability {

    private Reliability() {
    }

    /** Sends the articles in order (key: id, timestamp: publication time) with an idempotent producer. */
    static void publish(String bootstrapServers, String topic, List<Article> articles) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic, null, article.publishedAt().toEpochMilli(), article.id(),
                        ArticleCorpus.json(article)), (meta, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        assertTrue(failure.get() == null, () -> "could not publish: " + failure.get());
    }

    /** A run that nothing disturbs: the outputs the others must equal. */
    static OutputSnapshot cleanRun(EmbeddedKafkaBroker broker, RunSettings run, Duration timeout) throws Exception {
        try (ClaimwatchApp app = ClaimwatchApp.start(run.config())) {
            ConsumerLag.awaitCaughtUp(broker.bootstrapServers(), run.applicationId(), Topics.ARTICLES, timeout);
            return OutputSnapshot.read(broker.bootstrapServers(), run.topics());
        }
    }
}

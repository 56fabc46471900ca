package claimwatch.reliability;

import claimwatch.ingest.Article;
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

import org.apache.kafka.common.Metric;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps the reliability tests share. */
final class Reliability {

    private Reliability() {
    }

    /** Sends the articles in order (key: id, timestamp: publication time) with an idempotent producer. */
    static void publish(String bootstrapServers, String topic, List<Article> articles) {
        publishPlaced(bootstrapServers, topic, articles.stream().map(a -> new ArticleCorpus.Placed(a, null)).toList());
    }

    /** The same, each article to its partition. */
    static void publishPlaced(String bootstrapServers, String topic, List<ArticleCorpus.Placed> articles) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (ArticleCorpus.Placed placed : articles) {
                Article article = placed.article();
                producer.send(new ProducerRecord<>(topic, placed.partition(), article.publishedAt().toEpochMilli(), article.id(),
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

    /**
     * The instance runs, none of its stream threads ever died: a thread that dies is replaced
     * (ClaimwatchApp's handler) under a new name, {@code -StreamThread-2} and up, and counted in
     * the client metric {@code failed-stream-threads}.
     */
    static void assertNoStreamThreadDied(KafkaStreams streams) {
        assertEquals(KafkaStreams.State.RUNNING, streams.state());
        Set<String> threads = streams.metadataForLocalThreads().stream().map(ThreadMetadata::threadName)
                .collect(Collectors.toSet());
        assertTrue(threads.size() == 1 && threads.iterator().next().endsWith("-StreamThread-1"),
                () -> "stream threads now: " + threads + " (a replaced thread gets a higher number)");
        assertEquals(0.0, metric(streams, "failed-stream-threads"), "failed-stream-threads");
    }

    private static double metric(KafkaStreams streams, String name) {
        for (Metric metric : streams.metrics().values()) {
            if (metric.metricName().name().equals(name) && metric.metricValue() instanceof Number n) {
                return n.doubleValue();
            }
        }
        throw new AssertionError("no metric " + name);
    }

    /** Every state a {@link KafkaStreams} passes through, sampled every 20 ms while the test disturbs it. */
    static final class StateWatch implements AutoCloseable {
        private final Set<KafkaStreams.State> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final Thread thread;
        private volatile boolean running = true;

        StateWatch(KafkaStreams streams) {
            thread = new Thread(() -> {
                while (running) {
                    seen.add(streams.state());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "state-watch");
            thread.setDaemon(true);
            thread.start();
        }

        Set<KafkaStreams.State> seen() {
            return Set.copyOf(seen);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    /** The run's topics created where missing, and an instance of it started and processing. */
    static ClaimwatchApp startRunning(RunSettings run) throws InterruptedException {
        ClaimwatchApp.createTopics(run.config());
        ClaimwatchApp app = ClaimwatchApp.start(run.config());
        assertTrue(app.awaitRunning(Duration.ofSeconds(60)), "the topology did not reach RUNNING");
        return app;
    }

    /** A run that nothing disturbs: the outputs the others must equal. */
    static OutputSnapshot cleanRun(String bootstrapServers, RunSettings run, Duration timeout) throws Exception {
        try (ClaimwatchApp app = ClaimwatchApp.start(run.config())) {
            ConsumerLag.awaitCaughtUp(bootstrapServers, run.applicationId(), run.topics().articles(), timeout);
            return OutputSnapshot.read(bootstrapServers, run.topics());
        }
    }
}

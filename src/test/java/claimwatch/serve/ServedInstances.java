package claimwatch.serve;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import claimwatch.testing.TopicReader;
import claimwatch.topology.JsonSerde;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.TreeMap;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A real broker and one or more claimwatch instances of one application, each serving HTTP on a free
 * loopback port, as {@code run} starts them; and the dated seed timeline published one article at a
 * time in publication order, so every run builds the same windows and alerts (the README's table).
 */
final class ServedInstances implements AutoCloseable {

    static final String TRACKER = "prk-troops-in-russia";
    /**
     * Daily windows of the seed timeline with an estimate (README "Replay"): every window from the first
     * figure on, the wire copy's day included, since the parties' totals carry into it.
     */
    static final int SEED_WINDOWS = 9;

    private static final List<Path> SEED_TIMELINE = List.of(
            Path.of("src/test/resources/replay/timeline.jsonl"), Path.of("src/main/resources/samples"));

    final EmbeddedKafkaBroker broker;
    final ClaimwatchConfig config;
    final List<Serving> servings = new ArrayList<>();
    final List<ClaimwatchApp> apps = new ArrayList<>();

    private ServedInstances(EmbeddedKafkaBroker broker, ClaimwatchConfig config) {
        this.broker = broker;
        this.config = config;
    }

    static ServedInstances start(Path workDir, String applicationId, int instances, int partitions) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), new Properties());
        ClaimwatchConfig config = ClaimwatchConfig.defaults()
                .with("bootstrap.servers", broker.bootstrapServers())
                .with("application.id", applicationId)
                .with("claimwatch.topic.partitions", String.valueOf(partitions))
                .with("claimwatch.http.port", "0");
        ClaimwatchApp.createTopics(config);
        ServedInstances served = new ServedInstances(broker, config);
        for (int i = 0; i < instances; i++) {
            ClaimwatchConfig own = config.with("state.dir", workDir.resolve("streams-" + i).toString());
            Serving serving = Serving.bind(own);
            served.servings.add(serving);
            ClaimwatchApp app = ClaimwatchApp.start(serving.streamsConfig());
            served.apps.add(app);
            serving.start(app);
        }
        for (ClaimwatchApp app : served.apps) {
            if (!app.awaitRunning(Duration.ofSeconds(60))) {
                served.close();
                throw new IllegalStateException("an instance did not reach RUNNING");
            }
        }
        return served;
    }

    URI url(int instance, String pathAndQuery) {
        return servings.get(instance).dashboard().orElseThrow().resolve(pathAndQuery);
    }

    /**
     * Publishes the dated seed articles in publication order, each once the application has caught up
     * with the one before: with several partitions and instances, sightings of a later article could
     * otherwise overtake an earlier one and make it late for its window.
     */
    void publishSeedTimeline() throws Exception {
        List<ArticleFiles.Entry> dated = new ArrayList<>();
        ArticleFiles files = new ArticleFiles(new ArticleParser(config.articleMaxBytes()));
        for (Path file : ArticleFiles.expand(SEED_TIMELINE)) {
            files.read(file, e -> {
                if (e.publishedAt() != null) {
                    dated.add(e);
                }
            });
        }
        dated.sort(Comparator.comparing(ArticleFiles.Entry::publishedAt));
        Properties props = config.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
             Admin admin = Admin.create(config.clientProperties())) {
            for (ArticleFiles.Entry article : dated) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES, null, article.publishedAt().toEpochMilli(),
                        article.key(), article.value())).get();
                awaitCaughtUp(admin);
            }
        }
    }

    /** Until the application has committed everything it consumes, articles and repartition topics alike. */
    private void awaitCaughtUp(Admin admin) throws Exception {
        String group = config.get("application.id", null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int settled = 0;
        while (settled < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the application did not catch up in 30 s");
            }
            Thread.sleep(100);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> positions = committed.entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            // a partition the application has not committed on yet is read from its start
            for (String topic : admin.listTopics().names().get()) {
                if (topic.equals(Topics.ARTICLES) || (topic.startsWith(group + "-") && topic.endsWith("-repartition"))) {
                    for (int p = 0; p < config.topicPartitions(); p++) {
                        positions.putIfAbsent(new TopicPartition(topic, p), 0L);
                    }
                }
            }
            var ends = admin.listOffsets(positions.keySet().stream()
                    .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()))).all().get();
            long lag = positions.entrySet().stream().mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue())).sum();
            settled = lag == 0 ? settled + 1 : 0;
        }
    }

    /**
     * What the topology itself says of the tracker's daily windows: the last running estimate of each
     * window on {@code estimate-updates}, best estimates in time order, windows with a figure only.
     * The API must serve the same, whatever the tracking rules compute.
     */
    List<Long> bestsOnTheTopic() throws IOException {
        var updates = TopicReader.readAll(broker.bootstrapServers(), Topics.ESTIMATE_UPDATES, new StringDeserializer(),
                JsonSerde.deserializer(WindowEstimate.class), Duration.ofSeconds(2));
        Map<Instant, WindowEstimate> last = new TreeMap<>();
        updates.stream().map(ConsumerRecord::value)
                .filter(w -> w.tracker().equals(TRACKER) && w.window().equals("daily"))
                .forEach(w -> last.put(w.windowStart(), w));
        return last.values().stream().map(WindowEstimate::best).filter(Objects::nonNull).toList();
    }

    /** Alerts of {@code tracker} on the {@code alerts} topic. */
    int alertsOnTheTopic(String tracker) {
        return (int) TopicReader.readAll(broker.bootstrapServers(), Topics.ALERTS, new StringDeserializer(),
                        new StringDeserializer(), Duration.ofSeconds(2)).stream()
                .filter(r -> tracker.equals(r.key()))
                .count();
    }

    @Override
    public void close() {
        servings.forEach(Serving::close);
        apps.forEach(ClaimwatchApp::close);
        broker.close();
    }
}

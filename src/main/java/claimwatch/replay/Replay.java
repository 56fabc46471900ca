package claimwatch.replay;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.Json;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.DrainWatch;
import claimwatch.topology.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Runs the full topology over an archive of articles and writes what it produced as JSON Lines:
 * {@code claims.jsonl}, {@code estimates.jsonl}, {@code alerts.jsonl}, and {@code set-aside.jsonl}
 * for the records it could not replay.
 *
 * <p>Byte-identical output for the same archive, however its files are ordered and however often
 * it runs: articles are published in one order ({@link Archive}), every topic has one partition
 * and the application one stream thread, so the topology sees one sequence of records and one
 * stream time; the outputs are then written sorted by event time and content.
 *
 * <p>{@code estimates.jsonl} holds every window the archive closed (the {@code estimates} topic,
 * {@code "closed": true}) and, for windows still open when the archive ends, their last running
 * value ({@code estimate-updates}, {@code "closed": false}).
 */
public final class Replay {

    /** What a replay did. */
    public record Result(int published, int setAside, int claims, int estimates, int alerts, Duration took) {
    }

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final ClaimwatchConfig config;
    private final Topics topics;

    /** {@code config} names the cluster, a fresh {@code application.id} and the state directory of this replay. */
    public Replay(ClaimwatchConfig config) {
        this.config = config
                .with("num.stream.threads", "1")
                .with("claimwatch.topic.partitions", "1");
        this.topics = Topics.from(this.config);
    }

    public Result run(List<Path> inputs, Path outDir) throws IOException, InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        Archive archive = Archive.read(new ArticleFiles(new ArticleParser(config.articleMaxBytes())), inputs);
        ClaimwatchApp.createTopics(config);
        try (ClaimwatchApp app = ClaimwatchApp.start(config)) {
            if (!archive.dated().isEmpty()) {
                publish(archive.dated());
                awaitDrained(archive.dated().size());
            }
        }
        Files.createDirectories(outDir);
        int claims = write(outDir.resolve("claims.jsonl"), inEventOrder(dump(topics.claims())));
        int estimates = write(outDir.resolve("estimates.jsonl"), estimates());
        int alerts = write(outDir.resolve("alerts.jsonl"), inEventOrder(dump(topics.alerts())));
        write(outDir.resolve("set-aside.jsonl"), archive.setAside().stream().map(Replay::json).toList());
        return new Result(archive.dated().size(), archive.setAside().size(), claims, estimates, alerts,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    private void publish(List<ArticleFiles.Entry> articles) {
        Properties props = config.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        Progress progress = Progress.onStderr("publishing", articles.size());
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            int sent = 0;
            for (ArticleFiles.Entry article : articles) {
                producer.send(new ProducerRecord<>(topics.articles(), 0, article.publishedAt().toEpochMilli(),
                        article.key(), article.value()));
                if (++sent % 500 == 0) {
                    progress.update(sent);
                }
            }
            producer.flush();
        }
        progress.finish();
    }

    /** Waits until the application has committed everything it consumes: articles and its repartition topics. */
    private void awaitDrained(int articles) throws InterruptedException, ExecutionException {
        Progress progress = Progress.onStderr("processing", articles);
        TopicPartition source = new TopicPartition(topics.articles(), 0);
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        try (DrainWatch watch = new DrainWatch(config.clientProperties(),
                config.get("application.id", "claimwatch"), topics.articles())) {
            while (watch.lag() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topology did not catch up within " + DRAIN_TIMEOUT);
                }
                progress.update(watch.committed(source));
                Thread.sleep(250);
            }
        }
        progress.finish();
    }

    private List<ConsumerRecord<String, String>> dump(String topic) {
        return TopicDump.read(config.clientProperties(), topic, READ_TIMEOUT);
    }

    /** Closed windows, then the last running value of every window the archive left open. */
    private List<String> estimates() {
        Map<String, ObjectNode> windows = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> update : dump(topics.estimateUpdates())) {
            ObjectNode estimate = parse(update.value());
            estimate.put("closed", false);
            windows.put(windowKey(estimate), estimate);
        }
        for (ConsumerRecord<String, String> closed : dump(topics.estimates())) {
            ObjectNode estimate = parse(closed.value());
            estimate.put("closed", true);
            windows.put(windowKey(estimate), estimate);
        }
        return windows.values().stream()
                .sorted(Comparator.comparing((ObjectNode e) -> e.path("windowStart").asText())
                        .thenComparing(e -> e.path("window").asText())
                        .thenComparing(e -> e.path("tracker").asText()))
                .map(Replay::json)
                .toList();
    }

    private static String windowKey(JsonNode estimate) {
        return estimate.path("tracker").asText() + "|" + estimate.path("window").asText() + "|"
                + estimate.path("windowStart").asText();
    }

    private static List<String> inEventOrder(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .sorted(Comparator.comparingLong((ConsumerRecord<String, String> r) -> r.timestamp())
                        .thenComparing(ConsumerRecord::value))
                .map(ConsumerRecord::value)
                .toList();
    }

    private static int write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return lines.size();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

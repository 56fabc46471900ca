package claimwatch.replay;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.Json;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.DrainWatch;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
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
 * <p>Memory does not grow with the archive: the archive and each output topic are read once and
 * sorted on disk ({@link ExternalSort}) in chunks of {@code claimwatch.replay.sort.chunk.bytes}
 * of heap (default 64 MiB), the runs under the work directory, deleted as each sort ends.
 *
 * <p>{@code estimates.jsonl} holds every window the archive closed (the {@code estimates} topic,
 * {@code "closed": true}) and, for windows still open when the archive ends, their last running
 * value ({@code estimate-updates}, {@code "closed": false}).
 */
public final class Replay {

    /** What a replay did. */
    public record Result(long published, long setAside, long claims, long estimates, long alerts, Duration took) {
    }

    /** The setting for the heap a sort (of the archive, of an output topic) may fill before it spills a run to disk. */
    public static final String SORT_CHUNK_BYTES = "claimwatch.replay.sort.chunk.bytes";
    private static final int DEFAULT_SORT_CHUNK_BYTES = 64 * 1024 * 1024;
    /** How long the topology may go without committing anything before the replay gives up. */
    private static final Duration DRAIN_STALL = Duration.ofMinutes(10);

    /**
     * Nobody reads a replay's topics until it has drained, so it commits less often than the live app
     * (whose 100 ms bound how soon a claim is visible): each exactly-once commit flushes every store and
     * writes a marker to every partition written, which at 100 ms was two fifths of the work.
     */
    static final String COMMIT_INTERVAL = "claimwatch.replay.commit.interval.ms";
    static final String DEFAULT_COMMIT_INTERVAL = "1000";

    private final ClaimwatchConfig config;
    private final Topics topics;
    private final Path workDir;
    private final long sortChunkBytes;

    /**
     * {@code config} names the cluster, a fresh {@code application.id} and the state directory of this
     * replay; the archive and the outputs are sorted in files under {@code workDir}, deleted as each sort ends.
     */
    public Replay(ClaimwatchConfig config, Path workDir) {
        this.config = config
                .with("num.stream.threads", "1")
                .with("claimwatch.topic.partitions", "1")
                .with("commit.interval.ms", config.get(COMMIT_INTERVAL, DEFAULT_COMMIT_INTERVAL));
        this.topics = Topics.from(this.config);
        this.workDir = workDir;
        this.sortChunkBytes = config.getInt(SORT_CHUNK_BYTES, DEFAULT_SORT_CHUNK_BYTES);
    }

    public Result run(List<Path> inputs, Path outDir) throws IOException, InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        ArticleFiles files = new ArticleFiles(new ArticleParser(config.articleMaxBytes()));
        Phase phase = new Phase(System.err);
        try (Archive archive = Archive.read(files, inputs, workDir, sortChunkBytes)) {
            phase.done("sorting the archive into runs");
            ClaimwatchApp.createTopics(config);
            try (ClaimwatchApp app = ClaimwatchApp.start(config)) {
                if (archive.datedCount() > 0) {
                    publish(archive.dated(), archive.datedCount());
                    phase.done("publishing (merging the runs)");
                    awaitDrained(archive.datedCount());
                    phase.done("draining");
                }
            }
            phase.done("stopping the application");
            Files.createDirectories(outDir);
            OutputFiles outputs = new OutputFiles(config.clientProperties(), workDir, sortChunkBytes);
            long claims = outputs.inEventOrder(topics.claims(), outDir.resolve("claims.jsonl"));
            phase.done("writing claims.jsonl");
            long estimates = outputs.estimates(topics.estimateUpdates(), topics.estimates(),
                    outDir.resolve("estimates.jsonl"));
            phase.done("writing estimates.jsonl");
            long alerts = outputs.inEventOrder(topics.alerts(), outDir.resolve("alerts.jsonl"));
            phase.done("writing alerts.jsonl");
            OutputFiles.write(outDir.resolve("set-aside.jsonl"), archive.setAside(), Replay::json);
            phase.done("writing set-aside.jsonl");
            return new Result(archive.datedCount(), archive.setAsideCount(), claims, estimates, alerts,
                    Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private void publish(Iterator<Archive.Dated> articles, long count) {
        Properties props = config.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        Progress progress = Progress.onStderr("publishing", count);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            long sent = 0;
            while (articles.hasNext()) {
                Archive.Dated article = articles.next();
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

    /**
     * Waits until the application has committed everything it consumes: articles and its repartition
     * topics. Gives up only when it stops making progress, so an archive of any size can drain.
     */
    private void awaitDrained(long articles) throws InterruptedException, ExecutionException {
        Progress progress = Progress.onStderr("processing", articles);
        TopicPartition source = new TopicPartition(topics.articles(), 0);
        try (DrainWatch watch = new DrainWatch(config.clientProperties(),
                config.get("application.id", "claimwatch"), topics.articles())) {
            watch.awaitDrained(DRAIN_STALL, () -> progress.update(watch.committed(source)));
        }
        progress.finish();
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

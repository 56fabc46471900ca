package claimwatch.bench;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.TopicCreator;
import claimwatch.topology.DrainWatch;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One benchmark run against one cluster: a corpus (generated, {@link CorpusGenerator}, or real texts
 * repeated, {@link RealCorpus}) published once, drained by the pass-through app (the ceiling) and by
 * the full claimwatch topology, each under its own application id; then publish→claim latency of the
 * full topology at a fixed offered rate, on fresh topics. Every app uses the settings it is given
 * ({@code exactly_once_v2} by default). What the full topology wrote (records and bytes per topic,
 * changelogs and repartition topics included) is read from its producers' own counters.
 */
public final class Bench {

    /**
     * What to measure. {@code span}: the generated corpus's publication times run over this much event time.
     * {@code corpus}: a directory of real texts ({@link RealCorpus}) to publish instead, or null for the generated one.
     */
    public record Settings(long articles, long warmupArticles, long seed, int partitions, Duration span, boolean passThrough,
                           int rate, Duration latency, Duration latencyWarmup, Path corpus) {
    }

    /** One app draining the corpus: how long it took, what the JVM and its state held meanwhile, what it wrote. */
    public record Drain(String app, long articles, long bytes, Duration took, Resources.Peak resources, Written written) {
        public double articlesPerSecond() {
            return articles / seconds();
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds();
        }

        private double seconds() {
            return Math.max(took.toNanos(), 1) / 1e9;
        }
    }

    public static final Instant CORPUS_START = Instant.parse("2024-06-01T00:00:00Z");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DRAIN_TIMEOUT = Duration.ofHours(2);

    private final ClaimwatchConfig base;
    private final Settings settings;
    private final Path stateDir;
    private final PrintWriter out;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final RealCorpus realCorpus;

    /** {@code base} names the cluster; each app gets its own application id, topics and state under {@code stateDir}. */
    public Bench(ClaimwatchConfig base, Settings settings, Path stateDir, PrintWriter out) {
        this.base = base
                .with("claimwatch.topic.partitions", Integer.toString(settings.partitions()))
                .with("state.dir", stateDir.toString());
        this.settings = settings;
        this.stateDir = stateDir;
        this.out = out;
        this.realCorpus = settings.corpus() == null ? null : RealCorpus.load(settings.corpus());
    }

    public void run() throws Exception {
        if (realCorpus == null) {
            out.printf("corpus: %,d generated articles, seed %d, publication times over %d days", settings.articles(),
                    settings.seed(), settings.span().toDays());
        } else {
            out.printf("corpus: %,d articles of the %,d real texts in %s (%d lines skipped), repeated with fresh ids, each pass"
                            + " published %,d days before the one after it", settings.articles(), realCorpus.size(), settings.corpus(),
                    realCorpus.skipped(), RealCorpus.PERIOD.toDays());
        }
        out.printf("; %d partitions; %s; %d stream thread(s)%n", settings.partitions(),
                base.get("processing.guarantee", "at_least_once"), base.getInt("num.stream.threads", 1));
        if (settings.warmupArticles() > 0) {
            out.printf("warm-up (not measured): both apps over %,d other articles, so that the JIT has compiled their code%n",
                    settings.warmupArticles());
            measure("bench-" + runId + "-warmup-", settings.warmupArticles(), settings.seed() + 2, false);
        }
        measure("bench-" + runId + "-", settings.articles(), settings.seed(), true);
        if (settings.rate() > 0 && !settings.latency().isZero()) {
            ClaimwatchConfig latency = base.with("claimwatch.topic.prefix", "bench-" + runId + "-latency-")
                    .with("application.id", "bench-" + runId + "-latency");
            ClaimwatchApp.createTopics(latency);
            try (ClaimwatchApp app = ClaimwatchApp.start(latency)) {
                awaitRunning(app.streams());
                LatencyProbe.Result result = new LatencyProbe(latency, Topics.from(latency),
                        corpus((long) settings.rate() * settings.latency().toSeconds(), settings.seed() + 1))
                        .run(settings.rate(), settings.latencyWarmup());
                out.printf("latency   publish→claim at %d articles/s offered for %d s (first %d s not counted): "
                                + "p50 %d ms, p99 %d ms, max %d ms over %,d articles with claims (%,d sent, %.0f/s achieved)%n",
                        settings.rate(), settings.latency().toSeconds(), settings.latencyWarmup().toSeconds(),
                        result.p50Millis(), result.p99Millis(), result.maxMillis(), result.samples(), result.sent(),
                        result.achievedRate());
            }
        }
    }

    /** Publishes a corpus on fresh topics behind {@code prefix} and drains it with the pass-through app and with claimwatch. */
    private void measure(String prefix, long articles, long seed, boolean report) throws Exception {
        ClaimwatchConfig config = base.with("claimwatch.topic.prefix", prefix);
        Topics topics = Topics.from(config);
        ClaimwatchApp.createTopics(config);
        String passThroughOut = prefix + "pass-through";
        TopicCreator.createMissing(config.clientProperties(),
                List.of(new NewTopic(passThroughOut, Optional.of(settings.partitions()), Optional.empty())));
        Published corpus = publish(config, topics.articles(), articles, seed, report);

        Drain passThrough = null;
        if (settings.passThrough()) {
            ClaimwatchConfig app = config.with("application.id", prefix + "pass-through");
            passThrough = drain(app, "pass-through", corpus, () -> started(new KafkaStreams(
                    PassThroughTopology.build(app, passThroughOut), app.streamsProperties())));
        }
        ClaimwatchConfig full = config.with("application.id", prefix + "full");
        Drain claimwatch = drain(full, "claimwatch", corpus, () -> ClaimwatchApp.start(full).streams());
        if (!report) {
            return;
        }
        if (passThrough != null) {
            print(passThrough);
        }
        print(claimwatch);
        claimwatch.written().print(out, topics.claims());
        if (passThrough != null) {
            out.printf("ratio     claimwatch / pass-through: %.0f %% of the articles/s%n",
                    100 * claimwatch.articlesPerSecond() / passThrough.articlesPerSecond());
        }
    }

    private record Published(long articles, long bytes) {
    }

    /** {@code articles} of the corpus this run publishes: the generated one of {@code seed}, or the real texts repeated. */
    private Iterator<CorpusGenerator.GeneratedArticle> corpus(long articles, long seed) {
        return realCorpus == null ? new CorpusGenerator(seed, articles, CORPUS_START, settings.span()) : realCorpus.repeated(articles);
    }

    private Published publish(ClaimwatchConfig config, String topic, long articles, long seed, boolean report) {
        Properties props = config.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        // One request in flight: on partitions created a moment ago the first batch can meet NOT_LEADER and be
        // overtaken by the next, which the broker then refuses as out of sequence until delivery times out.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        Iterator<CorpusGenerator.GeneratedArticle> corpus = corpus(articles, seed);
        long bytes = 0;
        long count = 0;
        long t0 = System.nanoTime();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            while (corpus.hasNext()) {
                CorpusGenerator.GeneratedArticle article = corpus.next();
                producer.send(new ProducerRecord<>(topic, null, article.publishedAtMillis(), article.id(), article.json()),
                        (meta, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
                bytes += article.json().length;
                count++;
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("publishing the corpus failed", failure.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (report) {
            out.printf("published %,d articles, %.1f MB of JSON (mean %,d bytes) in %.1f s%n",
                    count, bytes / 1e6, bytes / Math.max(count, 1), seconds);
        }
        return new Published(count, bytes);
    }

    private interface AppStarter {
        KafkaStreams start() throws Exception;
    }

    /** Starts an app on the published corpus and times it from RUNNING until it has committed everything it consumes. */
    private Drain drain(ClaimwatchConfig config, String name, Published corpus, AppStarter starter) throws Exception {
        String appId = config.get("application.id", name);
        try (Resources resources = Resources.watch(stateDir, appId);
             DrainWatch watch = new DrainWatch(config.clientProperties(), appId, Topics.from(config).articles())) {
            KafkaStreams streams = starter.start();
            try {
                awaitRunning(streams);
                long t0 = System.nanoTime();
                long deadline = t0 + DRAIN_TIMEOUT.toNanos();
                watch.awaitDrained(DRAIN_TIMEOUT, () -> {
                    if (!streams.state().isRunningOrRebalancing()) {
                        throw new IllegalStateException(name + " stopped: " + streams.state());
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(name + " did not catch up within " + DRAIN_TIMEOUT);
                    }
                });
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                return new Drain(name, corpus.articles(), corpus.bytes(), took, resources.peak(), Written.of(streams.metrics()));
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    private static KafkaStreams started(KafkaStreams streams) {
        streams.start();
        return streams;
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing()) {
                throw new IllegalStateException("the app did not reach RUNNING: " + streams.state());
            }
            Thread.sleep(20);
        }
    }

    private void print(Drain drain) {
        Resources.Peak peak = drain.resources();
        out.printf("%-12s %,10.0f articles/s %8.1f MB/s  (%,d articles in %.1f s; heap peak %,d MB used, %,d MB after GC;"
                        + " state %,d MB peak, %,d MB at the end)%n",
                drain.app(), drain.articlesPerSecond(), drain.megabytesPerSecond(), drain.articles(),
                drain.took().toMillis() / 1000.0, peak.heapUsed() >> 20, peak.heapAfterGc() >> 20,
                peak.stateBytes() >> 20, peak.stateBytesAtEnd() >> 20);
        out.printf("%-12s %,10.0f articles per CPU-second of its stream thread(s) (%.1f s); the whole process used %.1f CPU-s,"
                        + " its JIT compiler threads %.1f CPU-s of them%n",
                "", drain.articles() / Math.max(peak.streamThreadCpuNanos() / 1e9, 1e-9), peak.streamThreadCpuNanos() / 1e9,
                peak.processCpuNanos() / 1e9, peak.jitCpuMillis() / 1e3);
    }
}

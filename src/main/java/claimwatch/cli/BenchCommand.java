package claimwatch.cli;

import claimwatch.bench.Bench;
import claimwatch.bench.CorpusGenerator;
import claimwatch.bench.RealCorpus;
import claimwatch.config.ClaimwatchConfig;
import claimwatch.local.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Properties;
import java.util.concurrent.Callable;

/** Throughput of claimwatch against a pass-through app on the same corpus, and publish→claim latency. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Publish a corpus once (generated, or with --corpus the real texts of a directory, repeated),",
                "drain it with a pass-through Streams app (same topics,",
                "serdes and processing guarantee, no work) and with the full claimwatch topology, and print",
                "articles/s and MB/s of both and their ratio; then publish→claim latency at a fixed rate.",
                "Uses a fresh embedded broker unless --bootstrap-servers is given; topics are prefixed bench-<id>-.",
                "With --generate FILE, only write the corpus (--articles, --seed, --span-days, or --corpus) as JSON Lines,",
                "for `claimwatch replay --articles FILE`. See BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "50000", description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
    long articles;

    @Option(names = "--warmup-articles", defaultValue = "8000",
            description = "Articles both apps process first, unmeasured, on other topics, so the JIT has compiled most of their code"
                    + " (default: ${DEFAULT-VALUE}; with the broker in the JVM it still compiles for minutes after).")
    long warmupArticles;

    @Option(names = "--seed", defaultValue = "7", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--span-days", defaultValue = "365",
            description = "Publication times run over this many days (default: ${DEFAULT-VALUE}).")
    int spanDays;

    @Option(names = "--partitions", description = "Partitions of every topic (default: claimwatch.topic.partitions).")
    Integer partitions;

    @Option(names = "--threads", description = "Stream threads per app (default: num.stream.threads).")
    Integer threads;

    @Option(names = "--skip-pass-through", description = "Measure only claimwatch (replay-like runs of large corpora).")
    boolean skipPassThrough;

    @Option(names = "--rate", defaultValue = "500", description = "Offered articles/s for the latency run; 0 skips it (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--latency-warmup-seconds", defaultValue = "5",
            description = "Latencies of articles due in the first seconds are not counted (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = {"Publish the real texts of DIR's *.jsonl files (the article format, e.g. ../shared/corpora) instead of",
                    "a generated corpus, repeated to reach --articles (for the warm-up and the latency run too): each pass",
                    "with fresh ids, 60 weeks earlier than the one after it, all in publication order. 60 weeks is beyond",
                    "every memory of the topology, so repeats are neither dropped nor taken for wire copies of other passes."})
    Path corpus;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where broker data and Streams state go (default: a temporary directory, deleted at the end).")
    Path workDir;

    @Option(names = "--generate", paramLabel = "FILE",
            description = "Write the corpus to FILE as JSON Lines (one article a line) and stop; nothing is measured.")
    Path generate;

    @Override
    public Integer call() throws Exception {
        if (generate != null) {
            return generate();
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("claimwatch-bench-");
        try {
            ClaimwatchConfig config = options.load();
            if (threads != null) {
                config = config.with("num.stream.threads", threads.toString());
            }
            Bench.Settings settings = new Bench.Settings(articles, warmupArticles, seed,
                    partitions != null ? partitions : config.topicPartitions(), Duration.ofDays(spanDays), !skipPassThrough,
                    rate, Duration.ofSeconds(latencySeconds), Duration.ofSeconds(warmupSeconds), corpus);
            Path stateDir = dir.resolve("streams");
            PrintWriter out = spec.commandLine().getOut();
            if (options.bootstrapServers != null) {
                new Bench(config, settings, stateDir, out).run();
                return 0;
            }
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"), new Properties())) {
                out.println("broker: embedded, at " + broker.bootstrapServers());
                new Bench(config.with("bootstrap.servers", broker.bootstrapServers()), settings, stateDir, out).run();
            }
            return 0;
        } finally {
            if (workDir == null) {
                WorkDirs.deleteRecursively(dir);
            }
        }
    }

    /** The same articles, byte for byte, that a bench run with these options publishes. */
    private int generate() throws IOException {
        Iterator<CorpusGenerator.GeneratedArticle> texts = this.corpus == null
                ? new CorpusGenerator(seed, articles, Bench.CORPUS_START, Duration.ofDays(spanDays))
                : RealCorpus.load(this.corpus).repeated(articles);
        long bytes = 0;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(generate), 1 << 20)) {
            while (texts.hasNext()) {
                byte[] json = texts.next().json();
                file.write(json);
                file.write('\n');
                bytes += json.length + 1;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (this.corpus == null) {
            out.printf("wrote %,d articles (%.1f MB, seed %d, publication times over %d days from %s) to %s%n",
                    articles, bytes / 1e6, seed, spanDays, Bench.CORPUS_START, generate);
        } else {
            out.printf("wrote %,d articles (%.1f MB, the real texts of %s repeated) to %s%n", articles, bytes / 1e6, this.corpus,
                    generate);
        }
        out.flush();
        return 0;
    }
}

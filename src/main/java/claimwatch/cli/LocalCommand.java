package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.Claim;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.ArticlePublisher;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.serve.Serving;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.Topics;
import claimwatch.track.LateArticle;
import claimwatch.watch.Feed;
import claimwatch.watch.FeedMeters;
import claimwatch.watch.Watcher;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The main job on the embedded default: a real single-node Kafka broker started here, the
 * topics, the topology, the articles published, and the claims printed as they come out.
 *
 * <p>Articles without a publication time are set aside ({@code claimwatch.undated.articles=late}, as
 * {@code replay} does) and printed as undated: stamped with the time of this run, as a live feed's
 * arrival time would be, they would show under today's date and move stream time to today, closing
 * every window of the dated articles. Only {@code --set claimwatch.undated.articles=record-time} restores
 * that (the settings file's value is the one for {@code run}).
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Start a real single-node Kafka broker in this process, create the topics, run the",
                "topology, publish the given articles (default: the bundled samples) and print the claims",
                "as they come out, until Ctrl-C. Articles without a publication time are printed as undated",
                "and set aside (--set claimwatch.undated.articles=record-time stamps them with the time of this run).",
                "With --feed or --feeds, watch those feeds as the watch command does (and publish no",
                "samples), printing the claims of their articles as they arrive:",
                "",
                "  claimwatch local --feed https://example.org/world/rss.xml",
                ""})
final class LocalCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (bootstrap.servers is ignored: the local broker is used).")
    Path configFile;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = ".claimwatch/local",
            description = "Where the broker's data and the Streams state live; a restart reuses them (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one setting of the file, e.g. --set claimwatch.http.port=8090 (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print claims as JSON Lines instead of one readable line each.")
    boolean json;

    @picocli.CommandLine.Mixin
    FeedOptions feedOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Articles to publish (.txt, .jsonl, directories).")
    List<Path> paths = new ArrayList<>();

    private static final String UNDATED = "claimwatch.undated.articles";
    private static final Deserializer<Claim> CLAIMS = JsonSerde.deserializer(Claim.class);
    private static final Deserializer<LateArticle> LATE = JsonSerde.deserializer(LateArticle.class);

    /** Counted down when consumer, topology and broker are all closed; the Ctrl-C hook waits for it. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        try {
            runLocally();
        } finally {
            closed.countDown();
        }
        System.err.println("claimwatch: stopped");
        return 0;
    }

    private void runLocally() throws Exception {
        Files.createDirectories(workDir);
        boolean watching = feedOptions.any();
        List<Feed> feeds = feedOptions.feeds();
        List<Path> articles = paths.isEmpty() && !watching ? bundledSamples(workDir.resolve("samples")) : paths;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), new Properties())) {
            ClaimwatchConfig config = ConfigOptions.overridden(ClaimwatchConfig.load(configFile), overrides)
                    .with("bootstrap.servers", broker.bootstrapServers())
                    .with("state.dir", workDir.resolve("streams").toAbsolutePath().toString());
            if (!overrides.containsKey(UNDATED)) {
                config = config.with(UNDATED, "late"); // files have no arrival time worth a date
            }
            Topics topics = Topics.from(config);
            ClaimwatchApp.createTopics(config);
            System.err.println("claimwatch: broker at " + broker.bootstrapServers() + ", topics " + topics.all());
            try (Serving serving = Serving.bind(config);
                 ClaimwatchApp app = ClaimwatchApp.start(serving.streamsConfig());
                 KafkaConsumer<String, byte[]> claims = claimConsumer(config, topics)) {
                serving.start(app);
                serving.dashboard().ifPresent(url -> System.err.println("claimwatch: dashboard at " + url));
                if (!articles.isEmpty()) {
                    publish(config, topics, articles);
                }
                if (watching) {
                    try (Watcher watcher = Watcher.start(config, feeds, "local")) {
                        serving.serveFeeds(watcher::status);
                        FeedMeters.bind(app.metrics(), watcher::status);
                        System.err.printf("claimwatch: watching %d feeds; claims follow (Ctrl-C to stop)%n", feeds.size());
                        printUntilInterrupted(claims, topics);
                        WatchCommand.printStatus(watcher.status());
                    }
                } else {
                    printUntilInterrupted(claims, topics);
                }
            }
        }
    }

    private static void publish(ClaimwatchConfig config, Topics topics, List<Path> articles) throws IOException {
        ArticleFiles files = new ArticleFiles(new ArticleParser(config.articleMaxBytes()));
        try (ArticlePublisher publisher = new ArticlePublisher(config.clientProperties(), topics.articles(), files)) {
            ArticlePublisher.Report report = publisher.publish(articles);
            System.err.printf("claimwatch: published %d articles from %s; claims follow (Ctrl-C to stop)%n",
                    report.sent(), articles.size() == 1 ? articles.get(0) : articles.size() + " files");
            report.unreadable().forEach(problem -> System.err.println("claimwatch: not published: " + problem));
        }
    }

    private void printUntilInterrupted(KafkaConsumer<String, byte[]> claims, Topics topics) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            claims.wakeup();
            try {
                closed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimwatch-local-shutdown"));
        try {
            while (true) {
                for (ConsumerRecord<String, byte[]> record : claims.poll(Duration.ofMillis(500))) {
                    if (record.topic().equals(topics.claims())) {
                        Claim claim = CLAIMS.deserialize(record.topic(), record.value());
                        System.out.println(json ? JsonLine.of(claim) : ClaimLine.of(claim));
                    } else {
                        LateArticle late = LATE.deserialize(record.topic(), record.value());
                        if (late.window() == null) { // undated; sightings late for a window are on the dashboard's topic only
                            System.out.println(json ? JsonLine.of(late) : ClaimLine.undated(late));
                        }
                    }
                }
            }
        } catch (WakeupException stopping) {
            // Ctrl-C: go on to the orderly close of consumer, topology and broker.
        }
    }

    /** Claims and the articles set aside as undated, in the order they come out. */
    private static KafkaConsumer<String, byte[]> claimConsumer(ClaimwatchConfig config, Topics topics) {
        Properties props = config.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "claimwatch-local-printer");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics.claims(), topics.lateArticles()));
        return consumer;
    }

    /** Copies the sample articles bundled in the jar to {@code dir}, so they publish like any files. */
    static List<Path> bundledSamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        String index;
        try (InputStream in = LocalCommand.class.getResourceAsStream("/samples/INDEX")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            try (InputStream in = LocalCommand.class.getResourceAsStream("/samples/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return List.of(dir);
    }
}

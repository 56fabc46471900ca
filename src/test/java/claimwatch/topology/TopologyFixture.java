package claimwatch.topology;

import claimwatch.alert.Alert;
import claimwatch.config.ClaimwatchConfig;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import claimwatch.track.LateArticle;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The production topology ({@link ClaimwatchTopology#build}) in a {@link TopologyTestDriver}, with
 * its input and output topics. Record caches are off so every update is visible as it happens.
 */
final class TopologyFixture implements AutoCloseable {

    static final String LOREM = "Officials spoke to reporters on Monday about the war and the front line, "
            + "the reinforcements and the fighting that has gone on for months in the region. ";

    final TopologyTestDriver driver;
    final TestInputTopic<String, Article> articles;
    final TestOutputTopic<String, Claim> claims;
    final TestOutputTopic<String, ClaimSighting> sightings;
    final TestOutputTopic<String, DistinctClaim> distinct;
    final TestOutputTopic<String, WindowEstimate> estimates;
    final TestOutputTopic<String, WindowEstimate> updates;
    final TestOutputTopic<String, Alert> alerts;
    final TestOutputTopic<String, LateArticle> late;
    private final java.nio.file.Path stateDir;
    private final java.nio.file.Path keptState;

    private static final String KEEP_STATE_STORE = "fixture-keeps-state";
    private static final String KEEP_STATE_PROCESSOR = "raise-alerts";

    private TopologyFixture(ClaimwatchConfig config, Function<Article, List<Claim>> extractor) {
        this(config, extractor, PipelineMetrics.none());
    }

    private TopologyFixture(ClaimwatchConfig config, Function<Article, List<Claim>> extractor, PipelineMetrics metrics) {
        this(config, extractor, metrics, false);
    }

    private TopologyFixture(ClaimwatchConfig config, Function<Article, List<Claim>> extractor, PipelineMetrics metrics,
                            boolean restartable) {
        StreamsBuilder builder = new StreamsBuilder();
        ClaimwatchTopology.build(builder, config, extractor, metrics);
        Topology topology = builder.build(config.streamsProperties());
        stateDir = java.nio.file.Path.of(config.get("state.dir", null));
        keptState = restartable ? stateDir.resolveSibling(stateDir.getFileName() + "-kept") : null;
        if (restartable) {
            // connected to the last processor of the last sub-topology, so it is the last store to close
            topology.addStateStore(keepStateOnClose(stateDir, keptState), KEEP_STATE_PROCESSOR);
        }
        java.util.Properties props = config.streamsProperties();
        props.put(PipelineMetrics.CONFIG_KEY, metrics);
        driver = new TopologyTestDriver(topology, props);
        articles = driver.createInputTopic(Topics.ARTICLES, Serdes.String().serializer(), JsonSerde.serializer(Article.class));
        claims = output(Topics.CLAIMS, Claim.class);
        sightings = output(Topics.SIGHTINGS, ClaimSighting.class);
        distinct = output(Topics.DISTINCT_CLAIMS, DistinctClaim.class);
        estimates = output(Topics.ESTIMATES, WindowEstimate.class);
        updates = output(Topics.ESTIMATE_UPDATES, WindowEstimate.class);
        alerts = output(Topics.ALERTS, Alert.class);
        late = output(Topics.LATE_ARTICLES, LateArticle.class);
    }

    /** The topology with scripted claims ({@link ScriptedExtractor}) and the default settings, changed by {@code settings} pairs. */
    static TopologyFixture scripted(String... settings) {
        return new TopologyFixture(config(settings), ScriptedExtractor::extract);
    }

    /**
     * The scripted topology on {@code config} as it is: fixtures of one config share its state directory, so
     * closing one with {@link #closeKeepingState()} and opening another is a restart of the application.
     */
    static TopologyFixture restartable(ClaimwatchConfig config) {
        return new TopologyFixture(config, ScriptedExtractor::extract, PipelineMetrics.none(), true);
    }

    /** The scripted topology counting into {@code metrics}, handed to the dead-letter handler as ClaimwatchApp does. */
    static TopologyFixture scripted(PipelineMetrics metrics, String... settings) {
        return new TopologyFixture(config(settings), ScriptedExtractor::extract, metrics);
    }

    /** The topology with the real claim extractor. */
    static TopologyFixture withRealExtractor(String... settings) {
        return new TopologyFixture(config(settings), ClaimExtractor.withDefaultVocabulary()::extract);
    }

    static ClaimwatchConfig config(String... settings) {
        ClaimwatchConfig config = ClaimwatchConfig.defaults()
                .with("statestore.cache.max.bytes", "0")
                .with("state.dir", stateDir())
                .with("claimwatch.trackers.file", null);
        for (int i = 0; i + 1 < settings.length; i += 2) {
            config = config.with(settings[i], settings[i + 1]);
        }
        return config;
    }

    /** A state directory of this test's own: other test runs on the machine use the same application id. */
    private static String stateDir() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("claimwatch-ttd-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Publishes an article with its publication time as the record timestamp, as the publisher does. */
    void publish(Article article) {
        if (article.publishedAt() == null) {
            articles.pipeInput(article.id(), article);
        } else {
            articles.pipeInput(article.id(), article, article.publishedAt());
        }
    }

    static Article article(String id, String source, String publishedAt, String text) {
        return new Article(id, source, "https://example.org/" + id, publishedAt == null ? null : Instant.parse(publishedAt),
                "Title of " + id, text);
    }

    /**
     * A dated article with an unchanging figure for another series (Russian casualties, 1), to move
     * the windows' stream time on: stream time only moves with records that reach the windows.
     */
    static Article tick(String id, String publishedAt) {
        return article(id, "Ticker", publishedAt, "Ticker " + id + " at " + publishedAt + " "
                + ScriptedExtractor.claim("RUS", "casualties", 1));
    }

    private <T> TestOutputTopic<String, T> output(String topic, Class<T> type) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), JsonSerde.deserializer(type));
    }

    @Override
    public void close() {
        driver.close();
    }

    /**
     * Closes the driver as an application stops, keeping its state for the next fixture of the same config
     * ({@link #restartable(ClaimwatchConfig)}): the driver deletes its state directory once it has closed the
     * stores, so the directory is copied aside as the last store closes, and put back after.
     */
    void closeKeepingState() {
        if (keptState == null) {
            throw new IllegalStateException("not a restartable fixture");
        }
        driver.close();
        copy(keptState, stateDir);
    }

    /** A store of no data, the last to close: it copies the state directory aside as the driver closes. */
    private static final class KeepStateOnClose implements org.apache.kafka.streams.processor.StateStore {
        private final java.nio.file.Path from;
        private final java.nio.file.Path to;
        private boolean open;

        KeepStateOnClose(java.nio.file.Path from, java.nio.file.Path to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public String name() {
            return KEEP_STATE_STORE;
        }

        @Override
        public void init(org.apache.kafka.streams.processor.StateStoreContext context, org.apache.kafka.streams.processor.StateStore root) {
            context.register(root, (key, value) -> {
            });
            open = true;
        }

        @Override
        public void close() {
            open = false;
            copy(from, to);
        }

        @Override
        public boolean persistent() {
            return false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }

    private static org.apache.kafka.streams.state.StoreBuilder<KeepStateOnClose> keepStateOnClose(java.nio.file.Path from,
                                                                                                    java.nio.file.Path to) {
        return new org.apache.kafka.streams.state.StoreBuilder<>() {
            @Override
            public org.apache.kafka.streams.state.StoreBuilder<KeepStateOnClose> withCachingEnabled() {
                return this;
            }

            @Override
            public org.apache.kafka.streams.state.StoreBuilder<KeepStateOnClose> withCachingDisabled() {
                return this;
            }

            @Override
            public org.apache.kafka.streams.state.StoreBuilder<KeepStateOnClose> withLoggingEnabled(java.util.Map<String, String> config) {
                return this;
            }

            @Override
            public org.apache.kafka.streams.state.StoreBuilder<KeepStateOnClose> withLoggingDisabled() {
                return this;
            }

            @Override
            public KeepStateOnClose build() {
                return new KeepStateOnClose(from, to);
            }

            @Override
            public java.util.Map<String, String> logConfig() {
                return java.util.Map.of();
            }

            @Override
            public boolean loggingEnabled() {
                return false;
            }

            @Override
            public String name() {
                return KEEP_STATE_STORE;
            }
        };
    }

    private static void copy(java.nio.file.Path from, java.nio.file.Path to) {
        try (var paths = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) paths::iterator) {
                java.nio.file.Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".lock")) {
                    java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

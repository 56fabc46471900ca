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

    private TopologyFixture(ClaimwatchConfig config, Function<Article, List<Claim>> extractor) {
        this(config, extractor, PipelineMetrics.none());
    }

    private TopologyFixture(ClaimwatchConfig config, Function<Article, List<Claim>> extractor, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        ClaimwatchTopology.build(builder, config, extractor, metrics);
        Topology topology = builder.build(config.streamsProperties());
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
}

package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.track.TrackingSettings;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateLayoutTest {

    private static final String LAYOUT = DedupStores.layout(Duration.ofDays(60));

    @TempDir
    Path appDir;

    private final AtomicInteger wipes = new AtomicInteger();

    @Test
    void recordsTheLayoutOfAFreshStateDirectoryWithoutWiping() throws IOException {
        assertFalse(StateLayout.ensure(appDir.resolve("claimwatch"), LAYOUT, wipes::incrementAndGet));

        assertEquals(0, wipes.get());
        assertEquals(LAYOUT, recorded(appDir.resolve("claimwatch")));
    }

    @Test
    void wipesTheStateOfAReleaseThatRecordedNoLayout() throws IOException {
        // Given a task's state as the release before wrote it: 15-day segments, no layout file
        Files.createDirectories(appDir.resolve("0_0/seen-article-content/seen-article-content.1296000000000"));

        assertTrue(StateLayout.ensure(appDir, LAYOUT, wipes::incrementAndGet));

        assertEquals(1, wipes.get());
        assertEquals(LAYOUT, recorded(appDir));
    }

    @Test
    void keepsStateOfTheSameLayout() throws IOException {
        Files.createDirectories(appDir.resolve("0_0"));
        StateLayout.ensure(appDir, LAYOUT, wipes::incrementAndGet);
        wipes.set(0);

        assertFalse(StateLayout.ensure(appDir, LAYOUT, wipes::incrementAndGet));
        assertEquals(0, wipes.get());
    }

    @Test
    void wipesStateOfAnotherLayoutAndRecordsTheNewOne() throws IOException {
        // Given state kept in segments of 60 days, and the retention set to 10 days since (segments of 20)
        Files.createDirectories(appDir.resolve("0_0"));
        StateLayout.ensure(appDir, LAYOUT, wipes::incrementAndGet);
        wipes.set(0);
        String tenDays = DedupStores.layout(Duration.ofDays(20));

        assertTrue(StateLayout.ensure(appDir, tenDays, wipes::incrementAndGet));
        assertEquals(1, wipes.get());
        assertEquals(tenDays, recorded(appDir));
    }

    @Test
    void keepsTheDedupStoresInSegmentsOfTwoRetentionsUnlessSet() {
        assertEquals(Duration.ofDays(60), TrackingSettings.from(ClaimwatchConfig.defaults()).dedupSegmentInterval());
        assertEquals(Duration.ofDays(20), TrackingSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.dedup.retention", "P10D")).dedupSegmentInterval());
        assertEquals(Duration.ofDays(365), TrackingSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.dedup.segment.interval", "P365D")).dedupSegmentInterval());
        assertThrows(IllegalArgumentException.class, () -> TrackingSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.dedup.segment.interval", "PT1S")));
    }

    @Test
    void wipesThroughKafkaStreamsTheDirectoryKafkaStreamsUses() throws IOException {
        // Given an instance about to start, and a task's state of the release before in its state directory
        ClaimwatchConfig config = TopologyFixture.config("application.id", "layout-test");
        Path app = Path.of(config.get("state.dir", null), "layout-test");
        Properties props = config.streamsProperties();
        props.put(PipelineMetrics.CONFIG_KEY, PipelineMetrics.none());
        StreamsBuilder builder = new StreamsBuilder();
        ClaimwatchTopology.build(builder, config, ScriptedExtractor::extract);
        try (KafkaStreams streams = new KafkaStreams(builder.build(props), props)) {
            Path oldSegment = Files.createDirectories(app.resolve("0_0/seen-article-content/seen-article-content.1296000000000"));

            // When it checks the layout: the old state goes (KafkaStreams#cleanUp), the layout is recorded
            assertTrue(ClaimwatchApp.ensureStateLayout(config, streams));
            assertFalse(Files.exists(app.resolve("0_0")));
            assertEquals(LAYOUT, recorded(app));

            // And state written since is kept at the next start
            Files.createDirectories(oldSegment);
            assertFalse(ClaimwatchApp.ensureStateLayout(config, streams));
            assertTrue(Files.exists(oldSegment));
        }
    }

    private static String recorded(Path appDir) throws IOException {
        return Files.readString(appDir.resolve(StateLayout.FILE)).strip();
    }
}

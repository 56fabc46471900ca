package claimwatch.reliability;

import claimwatch.ingest.Article;
import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ConsumerLag;
import claimwatch.testing.RunSettings;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka Streams opens every local store when it starts and takes a store it cannot open as fatal.
 * A SIGKILL while it was wiping a task's state after an earlier crash leaves such a store behind
 * (CrashRecoveryIT met one: the instance then never started again). Local state is a cache of the
 * changelogs, so claimwatch drops it and restores.
 */
class CorruptLocalStateIT {

    private static final Duration CATCH_UP = Duration.ofMinutes(3);

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    @Test
    void startsAgainOverLocalStoresItCannotOpen() throws Exception {
        // Given an instance that has built its stores, and stopped
        RunSettings run = RunSettings.of("corrupt", kafka.bootstrapServers(), kafka.workDir()).with("claimwatch.topic.partitions", "1");
        ClaimwatchApp.createTopics(run.config());
        List<Article> corpus = ArticleCorpus.generate(7, 200, Instant.parse("2024-10-01T00:00:00Z"), Duration.ofMinutes(30));
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, corpus.subList(0, 100));
        try (ClaimwatchApp app = ClaimwatchApp.start(run.config())) {
            ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), run.applicationId(), Topics.ARTICLES, CATCH_UP);
        }

        // When every RocksDB store's CURRENT names a manifest that is not there
        List<Path> currents;
        try (Stream<Path> files = Files.walk(kafka.workDir().resolve("state-corrupt"))) {
            currents = files.filter(f -> f.getFileName().toString().equals("CURRENT")).toList();
        }
        assertFalse(currents.isEmpty(), "no RocksDB store found to corrupt");
        for (Path current : currents) {
            Files.writeString(current, "MANIFEST-999999\n");
        }

        // Then the instance starts, and goes on with the articles
        try (ClaimwatchApp app = ClaimwatchApp.start(run.config())) {
            assertTrue(app.awaitRunning(Duration.ofSeconds(60)), "did not reach RUNNING over the corrupt stores");
            Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, corpus.subList(100, 200));
            ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), run.applicationId(), Topics.ARTICLES, CATCH_UP);
        }
    }
}

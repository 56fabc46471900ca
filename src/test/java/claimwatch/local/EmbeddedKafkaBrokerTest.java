package claimwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings checks that happen before any broker starts; the broker itself is EmbeddedKafkaBrokerIT. */
class EmbeddedKafkaBrokerTest {

    @TempDir
    Path workDir;

    @Test
    void settingsFileMakesEveryReplicationFactorAndMinIsrOne() {
        Properties settings = EmbeddedKafkaBroker.loadSettings();
        for (String key : new String[] {"default.replication.factor", "min.insync.replicas",
                "offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "share.coordinator.state.topic.replication.factor",
                "share.coordinator.state.topic.min.isr"}) {
            assertEquals("1", settings.getProperty(key), key);
        }
        assertEquals("0", settings.getProperty("group.initial.rebalance.delay.ms"));
    }

    /**
     * Kafka's 100 ms is shorter than a commit's markers take on a busy machine: the broker would fail
     * the next transaction's first batch to a partition, and refuse the batches after it out of
     * sequence, at ERROR (BENCHMARKS.md, "Broker log during a bench run").
     */
    @Test
    void settingsFileLetsTheBrokerWaitForTheLastCommitBeforeFailingATransactionsFirstBatch() {
        Properties settings = EmbeddedKafkaBroker.loadSettings();
        int waitMs = Integer.parseInt(settings.getProperty("add.partitions.to.txn.retry.backoff.max.ms", "100"));
        assertTrue(waitMs >= 1000, "add.partitions.to.txn.retry.backoff.max.ms=" + waitMs);
        assertTrue(waitMs <= 30_000, "no longer than the broker's request.timeout.ms, which caps it");
    }

    @Test
    void refusesToOverrideTheListenersOrTheDataDirectory() {
        for (String key : new String[] {"listeners", "log.dirs", "node.id"}) {
            Properties overrides = new Properties();
            overrides.put(key, "x");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> EmbeddedKafkaBroker.start(workDir, overrides));
            assertTrue(e.getMessage().startsWith(key + " is set by EmbeddedKafkaBroker"), e.getMessage());
        }
        assertFalse(Files.exists(workDir.resolve("kafka-data")), "nothing is written before the checks pass");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        Properties overrides = new Properties();
        overrides.put(EmbeddedKafkaBroker.BROKER_PORT, "ninety");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedKafkaBroker.start(workDir, overrides));
        assertEquals("local.broker.port must be a port number, not 'ninety'", e.getMessage());
    }
}

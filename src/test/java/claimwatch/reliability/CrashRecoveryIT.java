package claimwatch.reliability;

import claimwatch.ingest.Article;
import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ClaimwatchProcess;
import claimwatch.testing.ConsumerLag;
import claimwatch.testing.OutputSnapshot;
import claimwatch.testing.RunSettings;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * claimwatch as its own JVM ({@code claimwatch run}), killed with SIGKILL again and again while it
 * works through a few thousand articles, and started again each time. Its final outputs must equal
 * those of a run that was never killed: no claim, estimate or alert lost, none written twice.
 *
 * <p>Both runs read the same {@code articles} topic (one partition, so that every step meets its
 * records in one order and the outputs are a function of the input: see {@code ScaleOutIT} for
 * several partitions) and write their own output topics; {@link OutputSnapshot} says what
 * "equal" means per topic.
 *
 * <p>Kill points are seeded: kill k comes up to 300 ms after the instance has committed the
 * k-th seeded share of the articles, so kills are spread over the stream and land mid-transaction;
 * one more comes at a random moment after a start (start-up, rebalance, restoring state). A soak with more of both, not part of CI:
 * {@code mvn verify -Dit.test=CrashRecoveryIT -Dsoak.kills=50 -Dsoak.articles=50000}.
 */
class CrashRecoveryIT {

    private static final long SEED = Long.getLong("soak.seed", 20_261_122L);
    private static final int ARTICLES = Integer.getInteger("soak.articles", 1500);
    private static final int KILLS = Integer.getInteger("soak.kills", 5);
    private static final Duration CATCH_UP = Duration.ofMinutes(Math.max(3, ARTICLES / 2000));

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    @Test
    void outputsAfterRepeatedSigkillsEqualThoseOfARunNeverKilled() throws Exception {
        // Given: the articles, published once, read by both runs
        RunSettings clean = RunSettings.of("clean", kafka.bootstrapServers(), kafka.workDir()).with("claimwatch.topic.partitions", "1");
        // Static membership, as for instances restarted in place (a StatefulSet): the restarted
        // instance takes its place in the group at once instead of waiting out the dead one's session.
        RunSettings killed = RunSettings.of("killed", kafka.bootstrapServers(), kafka.workDir()).with("claimwatch.topic.partitions", "1")
                .with("group.instance.id", "claimwatch-killed");
        ClaimwatchApp.createTopics(clean.config());
        ClaimwatchApp.createTopics(killed.config());
        List<Article> corpus = ArticleCorpus.generate(SEED, ARTICLES, Instant.parse("2024-10-01T00:00:00Z"),
                Duration.ofMinutes(30));
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, corpus);

        long t0 = System.nanoTime();
        OutputSnapshot expected = Reliability.cleanRun(kafka.bootstrapServers(), clean, CATCH_UP);
        long cleanSeconds = seconds(t0);

        // When: killed with SIGKILL at seeded points, started again each time. Kill k comes a random
        // moment after the instance has committed a seeded share of the articles (thresholds spread
        // over the stream); one more kill comes at a random moment of start-up, rebalance or restore.
        Random random = new Random(SEED);
        Path config = killed.write(kafka.workDir().resolve("killed.properties"));
        Path log = kafka.workDir().resolve("killed.log");
        List<Long> thresholds = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            thresholds.add((long) (corpus.size() * (k + 0.2 + 0.6 * random.nextDouble()) / (KILLS + 1)));
        }
        int earlyKillBefore = random.nextInt(KILLS);
        List<String> kills = new ArrayList<>();
        int midStream = 0;
        long t1 = System.nanoTime();
        for (int k = 0; k < KILLS; k++) {
            if (k == earlyKillBefore) {
                try (ClaimwatchProcess instance = ClaimwatchProcess.run(config, log)) {
                    long delay = 500 + random.nextInt(3000);
                    Thread.sleep(delay);
                    assertTrue(instance.isAlive(), () -> "claimwatch exited by itself:\n" + instance.tail(40));
                    instance.kill();
                    kills.add(delay + " ms after start, at article " + committed(killed));
                }
            }
            try (ClaimwatchProcess instance = ClaimwatchProcess.run(config, log)) {
                long threshold = thresholds.get(k);
                long deadline = System.nanoTime() + CATCH_UP.toNanos();
                while (committed(killed) < threshold) {
                    assertTrue(instance.isAlive(), () -> "claimwatch exited by itself:\n" + instance.tail(40));
                    assertTrue(System.nanoTime() < deadline, () -> "no progress to article " + threshold + " in " + CATCH_UP
                            + ":\n" + instance.tail(40));
                    Thread.sleep(50);
                }
                long delay = random.nextInt(300);
                Thread.sleep(delay);
                assertTrue(instance.isAlive(), () -> "claimwatch exited by itself:\n" + instance.tail(40));
                instance.kill();
                long at = committed(killed);
                if (at < corpus.size()) {
                    midStream++;
                }
                kills.add(delay + " ms after article " + threshold + ", at article " + at);
            }
        }
        OutputSnapshot actual;
        try (ClaimwatchProcess last = ClaimwatchProcess.run(config, log)) {
            try {
                ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), killed.applicationId(), Topics.ARTICLES, CATCH_UP);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nlast lines of " + log + ":\n" + last.tail(40), e);
            }
            actual = OutputSnapshot.read(kafka.bootstrapServers(), killed.topics());
            last.stop();
        }
        System.out.printf("CrashRecoveryIT: %d articles; clean run %d s; %d SIGKILLs in %d s: %s%n  outputs: %s%n",
                corpus.size(), cleanSeconds, kills.size(), seconds(t1), kills, actual.summary());

        // Then
        assertTrue(expected.size("claims") > corpus.size() / 2, () -> "too few claims to judge: " + expected.summary());
        assertEquals(KILLS + 1, kills.size());
        int withWork = midStream;
        assertTrue(withWork >= KILLS - 1, () -> "only " + withWork + " kills came before the end of the stream: " + kills);
        assertNull(actual.differencesFrom(expected), "outputs of the killed run differ from the clean run");
    }

    private static long committed(RunSettings run) throws Exception {
        try {
            return ConsumerLag.committed(kafka.bootstrapServers(), run.applicationId(), Topics.ARTICLES);
        } catch (java.util.concurrent.ExecutionException e) {
            return 0;
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}

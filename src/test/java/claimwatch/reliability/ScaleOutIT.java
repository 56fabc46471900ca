package claimwatch.reliability;

import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ArticleCorpus.Placed;
import claimwatch.testing.ConsumerLag;
import claimwatch.testing.OutputSnapshot;
import claimwatch.testing.RunSettings;
import claimwatch.topology.ClaimwatchApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two claimwatch instances sharing a three-partition {@code articles} topic write what one instance
 * writes, also when one of them stops mid-stream and starts again (two rebalances).
 *
 * <p>What makes the outputs comparable at all: with several partitions, the order in which records
 * from different partitions meet downstream depends on timing, in one instance as in two. So the
 * corpus is built so that no output depends on it: every claim key lives in one partition (articles
 * stating the same kinds of claims share a partition, {@link ArticleCorpus#generate(long, int, Instant, Duration, int)}),
 * and all articles fall within less than a day, shorter than the windows' grace, so none is ever
 * late whatever the interleaving. The windows close when, once all of it is processed, one more
 * article per partition, eleven days later, moves event time on. Each run has its own articles topic,
 * so that article comes after the run has caught up.
 */
@Timeout(600)
class ScaleOutIT {

    private static final int PARTITIONS = 3;
    private static final int ARTICLES = 1200;
    private static final Instant START = Instant.parse("2024-10-01T02:00:00Z");
    private static final Duration CATCH_UP = Duration.ofMinutes(3);

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    @Test
    void twoInstancesWriteWhatOneWritesAcrossAStopAndStartOfOne() throws Exception {
        // Given: within twenty hours, 1,200 articles over three partitions
        List<Placed> corpus = ArticleCorpus.generate(3L, ARTICLES, START, Duration.ofMinutes(1), PARTITIONS);
        List<Placed> closing = ArticleCorpus.oneOfEachFamily(START.plus(Duration.ofDays(11)), PARTITIONS);
        RunSettings one = run("one");
        RunSettings two = run("two");

        // When: one instance does all of it
        OutputSnapshot expected;
        try (ClaimwatchApp only = ClaimwatchApp.start(one.config())) {
            expected = process(one, corpus, closing);
        }

        // When: two instances share it; the second stops at a quarter and comes back at half
        long t0 = System.nanoTime();
        Reliability.publishPlaced(kafka.bootstrapServers(), two.topics().articles(), corpus);
        OutputSnapshot actual;
        RunSettings first = two.with("state.dir", kafka.workDir().resolve("state-two-a").toString());
        RunSettings second = two.with("state.dir", kafka.workDir().resolve("state-two-b").toString());
        try (ClaimwatchApp a = ClaimwatchApp.start(first.config())) {
            ClaimwatchApp b = ClaimwatchApp.start(second.config());
            try {
                awaitBothHaveTasks(a, b);
                ConsumerLag.awaitCommitted(kafka.bootstrapServers(), two.applicationId(), two.topics().articles(), ARTICLES / 4, CATCH_UP);
                b.close();
                ConsumerLag.awaitCommitted(kafka.bootstrapServers(), two.applicationId(), two.topics().articles(), ARTICLES / 2, CATCH_UP);
                b = ClaimwatchApp.start(second.config());
                actual = process(two, List.of(), closing);
                Reliability.assertNoStreamThreadDied(a.streams());
                Reliability.assertNoStreamThreadDied(b.streams());
            } finally {
                b.close();
            }
        }
        System.out.printf("ScaleOutIT: %d articles on %d partitions, two instances and a restart in %d s; %s%n",
                corpus.size(), PARTITIONS, (System.nanoTime() - t0) / 1_000_000_000L, actual.summary());

        // Then
        assertTrue(expected.size("estimates") > 0 && expected.size("alerts") > 0,
                () -> "too little output to judge: " + expected.summary());
        assertNull(actual.differencesFrom(expected), "two instances wrote other outputs than one");
    }

    private static RunSettings run(String name) {
        RunSettings run = RunSettings.of(name, kafka.bootstrapServers(), kafka.workDir())
                .with("claimwatch.topic.partitions", Integer.toString(PARTITIONS))
                // a day of this corpus holds some 300 distinct claims: within the window's limits (docs/tracking.md
                // "Bounded windows") the result does not depend on the order sightings arrive in; beyond them it does
                .with("claimwatch.window.max.figures", "1000")
                .with("claimwatch.topic.articles", "articles-" + name);
        ClaimwatchApp.createTopics(run.config());
        return run;
    }

    /** Publishes {@code corpus}, waits until it is processed, then the same for {@code closing}; the outputs. */
    private static OutputSnapshot process(RunSettings run, List<Placed> corpus, List<Placed> closing) throws Exception {
        String articles = run.topics().articles();
        Reliability.publishPlaced(kafka.bootstrapServers(), articles, corpus);
        ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), run.applicationId(), articles, CATCH_UP);
        Reliability.publishPlaced(kafka.bootstrapServers(), articles, closing);
        ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), run.applicationId(), articles, CATCH_UP);
        return OutputSnapshot.read(kafka.bootstrapServers(), run.topics());
    }

    private static void awaitBothHaveTasks(ClaimwatchApp a, ClaimwatchApp b) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (!(hasTasks(a) && hasTasks(b))) {
            assertTrue(System.nanoTime() < deadline, "the two instances did not share the tasks");
            Thread.sleep(50);
        }
    }

    private static boolean hasTasks(ClaimwatchApp app) {
        return app.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum() > 0;
    }
}

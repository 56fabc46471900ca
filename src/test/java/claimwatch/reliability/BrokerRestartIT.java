package claimwatch.reliability;

import claimwatch.ingest.Article;
import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ConsumerLag;
import claimwatch.testing.OutputSnapshot;
import claimwatch.testing.RunSettings;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.Topics;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker stops and starts again, twice, on the same port and data, while claimwatch works
 * through the articles. claimwatch rides it out: it never leaves RUNNING/REBALANCING for an error
 * state, no stream thread dies, and its outputs equal those of a run the broker never left.
 */
@Timeout(600)
class BrokerRestartIT {

    private static final int ARTICLES = 1200;
    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    @Test
    void outputsAcrossTwoBrokerRestartsEqualThoseOfARunWithoutOne() throws Exception {
        // Given: the articles on a one-partition topic, and the outputs of an undisturbed run
        RunSettings clean = RunSettings.of("clean", kafka.bootstrapServers(), kafka.workDir()).with("claimwatch.topic.partitions", "1");
        RunSettings bounced = RunSettings.of("bounced", kafka.bootstrapServers(), kafka.workDir()).with("claimwatch.topic.partitions", "1");
        ClaimwatchApp.createTopics(clean.config());
        ClaimwatchApp.createTopics(bounced.config());
        List<Article> corpus = ArticleCorpus.generate(7L, ARTICLES, Instant.parse("2024-10-01T00:00:00Z"), Duration.ofMinutes(30));
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, corpus);
        OutputSnapshot expected = Reliability.cleanRun(kafka.bootstrapServers(), clean, CATCH_UP);

        // When: the broker goes away twice while the articles are processed
        OutputSnapshot actual;
        Set<KafkaStreams.State> states;
        long t0 = System.nanoTime();
        try (ClaimwatchApp app = ClaimwatchApp.start(bounced.config());
             Reliability.StateWatch watch = new Reliability.StateWatch(app.streams())) {
            for (int bounce = 1; bounce <= 2; bounce++) {
                ConsumerLag.awaitCommitted(kafka.bootstrapServers(), bounced.applicationId(), Topics.ARTICLES,
                        corpus.size() * bounce / 3, CATCH_UP);
                kafka.broker().stop();
                Thread.sleep(DOWN.toMillis());
                kafka.broker().restart();
            }
            ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), bounced.applicationId(), Topics.ARTICLES, CATCH_UP);
            actual = OutputSnapshot.read(kafka.bootstrapServers(), bounced.topics());
            watch.close();
            states = watch.seen();
            Reliability.assertNoStreamThreadDied(app.streams());
        }
        System.out.printf("BrokerRestartIT: %d articles, two restarts, caught up in %d s; states %s; %s%n",
                corpus.size(), (System.nanoTime() - t0) / 1_000_000_000L, states, actual.summary());

        // Then
        assertTrue(Set.of(KafkaStreams.State.CREATED, KafkaStreams.State.REBALANCING, KafkaStreams.State.RUNNING)
                .containsAll(states), () -> "states seen: " + states);
        assertNull(actual.differencesFrom(expected), "outputs across broker restarts differ from the undisturbed run");
    }
}

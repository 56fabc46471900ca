package claimwatch.serve;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.topology.ClaimwatchApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /health/ready} follows the instance on a real broker: 503 while it starts, 200 running, 503 once the broker is gone. */
@Timeout(180)
class HealthIT {

    @TempDir
    Path workDir;

    @Test
    void readinessGoesFrom503To200AsTheAppStartsAndBackTo503WhenTheBrokerStops() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), new Properties())) {
            ClaimwatchConfig config = ClaimwatchConfig.defaults()
                    .with("bootstrap.servers", broker.bootstrapServers())
                    .with("application.id", "claimwatch-health-it")
                    .with("claimwatch.topic.partitions", "1")
                    .with("claimwatch.http.port", "0")
                    .with("state.dir", workDir.resolve("streams").toString());
            ClaimwatchApp.createTopics(config);
            try (Serving serving = Serving.bind(config)) {
                URI ready = serving.dashboard().orElseThrow().resolve("/health/ready");
                URI live = serving.dashboard().orElseThrow().resolve("/health/live");
                // Given: the port bound, Kafka Streams not started
                assertEquals(503, Http.get(ready).status(), "bound but not started");
                assertEquals(200, Http.get(live).status(), "live as soon as it answers");

                try (ClaimwatchApp app = ClaimwatchApp.start(serving.streamsConfig())) {
                    serving.start(app);
                    // When: it starts; Then: not ready until RUNNING, then ready
                    List<Integer> seen = statusesUntil(ready, 200, Duration.ofSeconds(60));
                    assertEquals(200, seen.get(seen.size() - 1), () -> "statuses while starting: " + seen);

                    // When: the broker stops; Then: not ready, though Kafka Streams still says RUNNING
                    broker.stop();
                    List<Integer> down = statusesUntil(ready, 503, Duration.ofSeconds(20));
                    assertEquals(503, down.get(down.size() - 1), () -> "statuses with the broker down: " + down);
                    Http.Answer answer = Http.get(ready);
                    assertTrue(answer.json().get("error").asText().contains("Kafka cluster does not answer"), answer.body());
                    assertEquals(200, Http.get(live).status(), "still live: restarting it would not bring the broker back");

                    // When: the broker is back; Then: ready again
                    broker.restart();
                    List<Integer> back = statusesUntil(ready, 200, Duration.ofSeconds(60));
                    assertEquals(200, back.get(back.size() - 1), () -> "statuses after the broker restarted: " + back);
                }
            }
        }
    }

    /** The statuses {@code uri} answers, asked every 200 ms, until {@code wanted} or {@code timeout}. */
    private static List<Integer> statusesUntil(URI uri, int wanted, Duration timeout) throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            seen.add(Http.get(uri).status());
            if (seen.get(seen.size() - 1) == wanted) {
                break;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return seen;
    }
}

package claimwatch.topology;

import claimwatch.alert.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.LOREM;
import static claimwatch.topology.TopologyFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each of claimwatch's counters moves at the step of the production topology that decides it, and only there. */
class PipelineMetricsTopologyTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TopologyFixture topology = TopologyFixture.scripted(PipelineMetrics.in(registry, List.of("daily", "weekly")));

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void countsArticlesInClaimsOutByMeasureAndUndatedArticles() {
        topology.publish(article("a1", "Reuters", "2024-10-18T06:00:00Z", LOREM + claim("PRK", "deployed", 1500)
                + " " + claim("RUS", "killed", 40)));
        topology.publish(article("a2", "AP", "2024-10-19T06:00:00Z", LOREM + claim("PRK", "deployed", 3000)));
        topology.publish(article("a3", "AFP", null, LOREM + claim("PRK", "deployed", 2000)));

        assertEquals(3, count("claimwatch.articles.in"));
        assertEquals(1, count("claimwatch.articles.undated"));
        assertEquals(topology.claims.readValuesToList().stream().filter(c -> c.measure().toString().equals("deployed")).count(),
                count("claimwatch.claims.out", "measure", "deployed"));
        assertEquals(1, count("claimwatch.claims.out", "measure", "killed"));
        assertEquals(0, count("claimwatch.claims.out", "measure", "wounded"));
        assertEquals(3, registry.get("claimwatch.extraction").timer().count(), "each article's extraction timed");
    }

    @Test
    void countsDeadLettersByReasonAndLateArticlesByWindow() {
        var raw = topology.driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        raw.pipeInput("broken", "{\"text\": oops".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("empty", "{\"text\": \"\"}".getBytes(StandardCharsets.UTF_8));
        StringBuilder many = new StringBuilder(LOREM);
        for (int i = 0; i < 501; i++) {
            many.append(claim("PRK", "deployed", 1000 + i)).append(' ');
        }
        topology.publish(article("many", "Spam", "2024-10-18T06:00:00Z", many.toString()));
        topology.publish(article("new", "AP", "2024-11-20T06:00:00Z", LOREM + claim("PRK", "deployed", 3000)));
        topology.publish(article("old", "AP", "2024-10-20T06:00:00Z", LOREM + claim("PRK", "deployed", 2500)));

        assertEquals(1, count("claimwatch.dead.letters", "reason", "not_json"));
        assertEquals(1, count("claimwatch.dead.letters", "reason", "no_text"));
        assertEquals(1, count("claimwatch.dead.letters", "reason", "too_many_claims"));
        assertEquals(0, count("claimwatch.dead.letters", "reason", "processing_error"));
        long late = topology.late.readValuesToList().stream().filter(l -> "daily".equals(l.window())).count();
        assertTrue(late > 0, "the October article is late for its daily window");
        assertEquals(late, count("claimwatch.articles.late", "window", "daily"));
    }

    @Test
    void countsAlertsByKindAsTheAlertsTopicHoldsThem() {
        topology.publish(article("a1", "Yonhap", "2024-10-18T06:00:00Z", LOREM + claim("PRK", "deployed", 1500, "party=KOR")));
        topology.publish(article("a2", "AP", "2024-10-23T06:00:00Z", LOREM + claim("PRK", "deployed", 3000, "party=USA")));
        topology.publish(TopologyFixture.tick("t1", "2024-10-30T00:00:00Z"));

        List<Alert> alerts = topology.alerts.readValuesToList();
        assertTrue(!alerts.isEmpty(), "the closed windows raise alerts");
        for (var kind : claimwatch.alert.AlertKind.values()) {
            assertEquals(alerts.stream().filter(a -> a.kind() == kind).count(), count("claimwatch.alerts", "kind", kind.toString()),
                    kind::toString);
        }
    }

    private double count(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }
}

package claimwatch.topology;

import claimwatch.alert.Alert;
import claimwatch.ingest.Article;
import claimwatch.ingest.Json;
import claimwatch.track.WindowEstimate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dated timeline of North Korean troop estimates ({@code replay/timeline.jsonl}, as the replay
 * IT publishes it) through the production topology and the real extractor: the series and its alerts.
 */
class TimelineTopologyTest {

    private static final Path TIMELINE = Path.of("src/test/resources/replay/timeline.jsonl");

    private static TopologyFixture topology;
    private static List<WindowEstimate> daily;
    private static List<Alert> alerts;

    @BeforeAll
    static void replayTheTimeline() throws IOException {
        // Given the timeline in publication order
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(TIMELINE, StandardCharsets.UTF_8)) {
            articles.add(Json.MAPPER.readValue(line, Article.class));
        }
        articles.sort(Comparator.comparing(Article::publishedAt).thenComparing(Article::id));
        // When it runs through the topology (its last day stays open: nothing comes after it)
        topology = TopologyFixture.withRealExtractor();
        articles.forEach(topology::publish);
        daily = topology.estimates.readValuesToList().stream()
                .filter(e -> e.tracker().equals("prk-troops-in-russia") && e.window().equals("daily")).toList();
        alerts = topology.alerts.readValuesToList().stream()
                .filter(a -> a.tracker().equals("prk-troops-in-russia")).toList();
    }

    @AfterAll
    static void close() {
        topology.close();
    }

    @Test
    void followsEachPartysTotalInForceDayByDay() {
        Map<String, Map<String, String>> byDay = new TreeMap<>();
        daily.forEach(e -> {
            Map<String, String> parties = new TreeMap<>();
            e.byParty().forEach((party, figure) -> parties.put(party, figure.value() + (figure.carried() ? " carried" : "")));
            byDay.put(e.windowStart().toString().substring(0, 10), parties);
        });
        assertEquals(Map.of("KOR", "1500"), byDay.get("2024-10-18"), "the agency's 12,000 to be sent is a plan, not a total");
        assertEquals(Map.of("KOR", "1500 carried", "USA", "3000"), byDay.get("2024-10-23"));
        assertEquals(Map.of("KOR", "1500 carried", "USA", "10000"), byDay.get("2024-10-28"));
        assertEquals(Map.of("KOR", "1500 carried", "USA", "10000 carried"), byDay.get("2024-10-29"),
                "The Straits Times' copy of Reuters adds no figure");
        assertEquals(Map.of("KOR", "1500 carried", "UKR", "11000", "USA", "10000 carried"), byDay.get("2024-11-05"));
        assertEquals(Map.of("KOR", "1500 carried", "UKR", "11000 carried", "USA", "10000"), byDay.get("2024-11-13"));
    }

    @Test
    void listsThePlanOfTheFirstDayApartFromTheTotals() {
        WindowEstimate first = daily.get(0);
        assertEquals("2024-10-18", first.windowStart().toString().substring(0, 10));
        assertEquals(List.of("planned 12000"), first.notTotals().stream().map(f -> f.kind() + " " + f.value()).toList());
        assertEquals(1500L, first.high());
    }

    @Test
    void countsTheWireCopyAsAMention() {
        WindowEstimate copyDay = daily.stream().filter(e -> e.windowStart().toString().startsWith("2024-10-29")).findFirst().orElseThrow();
        assertEquals(1, copyDay.mentions());
        assertEquals(0, copyDay.figures().size());
        assertEquals(0, copyDay.claims());
    }

    @Test
    void raisesTheAlertsOfTheTimeline() {
        assertEquals(List.of(
                        "First South Korean figure for North Korean troops in Russia: about 1,500 — National Intelligence Service, 2024-10-18",
                        "South Korean figure planned for North Korean troops in Russia: 12,000 — agency, 2024-10-18",
                        "First US figure for North Korean troops in Russia: about 3,000 — Pentagon, 2024-10-23",
                        "US estimate of North Korean troops in Russia rose from about 3,000 to about 10,000 (+233 %) — Pentagon, 2024-10-28",
                        "First Ukrainian figure for North Korean troops in Russia: 11,000 — Ukraine's military intelligence chief Kyrylo Budanov, 2024-11-05"),
                alerts.stream().map(Alert::message).filter(m -> !m.startsWith("New high")).toList());
    }
}

package claimwatch.topology;

import claimwatch.alert.Alert;
import claimwatch.alert.AlertKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.article;
import static claimwatch.topology.TopologyFixture.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertsTopologyTest {

    private final TopologyFixture topology = TopologyFixture.scripted();

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void alertsWhenAPartysFigureRisesByTheConfiguredShare() {
        // Given the Pentagon's 3,000 on 23 October
        topology.publish(article("a1", "CNN", "2024-10-23T15:00:00Z", claim("PRK", "deployed", 3000, "place=Russia", "by=Pentagon")));
        // When the Pentagon says 10,000 on 28 October, and that day closes
        topology.publish(article("a2", "AP", "2024-10-28T18:00:00Z", claim("PRK", "deployed", 10000, "place=Russia", "by=Pentagon")));
        topology.publish(tick("t1", "2024-10-30T00:00:00Z"));

        // Then
        Alert change = only(AlertKind.CHANGE);
        assertEquals("US estimate of North Korean troops in Russia rose from 3,000 to 10,000 (+233 %) — Pentagon, 2024-10-28",
                change.message());
        assertEquals("USA", change.party());
        assertEquals(3000L, change.previous());
        assertEquals(10000L, change.current());
        assertEquals(Instant.parse("2024-10-28T18:00:00Z"), change.at());
        assertEquals("a2", change.articleId());
    }

    @Test
    void raisesNoAlertForAnOlderFigureRestatedInALaterArticle() {
        // Given the Pentagon's 3,000 and then its 10,000
        topology.publish(article("a1", "CNN", "2024-10-23T15:00:00Z", claim("PRK", "deployed", 3000, "by=Pentagon")));
        topology.publish(article("a2", "AP", "2024-10-28T18:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        // When a later story gives the 10,000 "up from 3,000 last week"
        topology.publish(article("a3", "Fox News", "2024-11-04T18:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")
                + " up from " + claim("PRK", "deployed", 3000, "by=Pentagon")));
        topology.publish(tick("t1", "2024-11-06T00:00:00Z"));

        // Then the only change is the rise of 28 October
        assertEquals(List.of("2024-10-28"), alerts(AlertKind.CHANGE).stream()
                .map(a -> a.at().toString().substring(0, 10)).toList());
    }

    @Test
    void raisesNoChangeAlertForAMoveBelowTheShare() {
        topology.publish(article("a1", "CNN", "2024-10-23T15:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        topology.publish(article("a2", "AP", "2024-10-28T18:00:00Z", claim("PRK", "deployed", 11000, "by=Pentagon")));
        topology.publish(tick("t1", "2024-10-30T00:00:00Z"));

        assertTrue(alerts(AlertKind.CHANGE).isEmpty());
    }

    @Test
    void alertsANewHighForTheSeries() {
        topology.publish(article("a1", "CNN", "2024-11-05T15:00:00Z", claim("PRK", "deployed", 11000, "by=Pentagon")));
        topology.publish(article("a2", "Kyiv Independent", "2024-12-16T09:00:00Z",
                claim("PRK", "deployed", 12000, "q=at_least", "by=Zelensky")));
        topology.publish(tick("t1", "2024-12-18T00:00:00Z"));

        Alert high = only(AlertKind.NEW_HIGH);
        assertEquals("New high for North Korean troops in Russia: at least 12,000, up from 11,000 (+9 %) — Zelensky, 2024-12-16",
                high.message());
        assertEquals(11000L, high.previous());
        assertEquals(12000L, high.current());
    }

    @Test
    void alertsWhenAPartyPublishesItsFirstFigure() {
        topology.publish(article("a1", "Yonhap", "2024-10-18T06:00:00Z",
                claim("PRK", "deployed", 1500, "by=National Intelligence Service")));
        topology.publish(article("a2", "Yonhap", "2024-10-19T06:00:00Z",
                claim("PRK", "deployed", 1500, "by=South Korean intelligence")));
        topology.publish(tick("t1", "2024-10-21T00:00:00Z"));

        Alert first = only(AlertKind.FIRST_FIGURE);
        assertEquals("First South Korean figure for North Korean troops in Russia: 1,500 — National Intelligence Service, 2024-10-18",
                first.message());
        assertEquals("KOR", first.party());
    }

    @Test
    void alertsWhenPartiesFiguresDivergeBeyondTheRatio() {
        // Given the Pentagon and the Kremlin far apart on one day, and again the next
        topology.publish(article("a1", "Reuters", "2024-11-05T06:00:00Z", claim("PRK", "deployed", 11000, "by=Pentagon")));
        topology.publish(article("a2", "TASS", "2024-11-05T08:00:00Z", claim("PRK", "deployed", 2000, "by=Kremlin")));
        topology.publish(article("a3", "TASS", "2024-11-06T06:00:00Z", claim("PRK", "deployed", 2100, "by=Peskov")));
        topology.publish(article("a4", "CNN", "2024-11-06T07:00:00Z", claim("PRK", "deployed", 11000, "by=White House")));
        // When both days close
        topology.publish(tick("t1", "2024-11-08T00:00:00Z"));

        // Then one alert, on the first day

        Alert divergence = only(AlertKind.DIVERGENCE);
        assertEquals("US and Russian figures for North Korean troops in Russia diverge: 11,000 against 2,000 — Kremlin, 2024-11-05",
                divergence.message());
        assertEquals("USA", divergence.party());
        assertEquals("RUS", divergence.otherParty());
        assertEquals(2000L, divergence.otherFigure());
    }

    @Test
    void raisesAlertsFromTheDailySeriesOnly() {
        topology.publish(article("a1", "CNN", "2024-10-23T15:00:00Z", claim("PRK", "deployed", 3000, "by=Pentagon")));
        topology.publish(tick("t1", "2024-11-30T00:00:00Z"));

        assertTrue(topology.alerts.readValuesToList().stream().allMatch(a -> a.window().equals("daily")));
    }

    private Alert only(AlertKind kind) {
        List<Alert> found = alerts(kind);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private List<Alert> alerts(AlertKind kind) {
        return topology.alerts.readValuesToList().stream()
                .filter(a -> a.tracker().equals("prk-troops-in-russia") && a.kind() == kind).toList();
    }
}

package claimwatch.topology;

import claimwatch.alert.Alert;
import claimwatch.alert.AlertClaim;
import claimwatch.alert.AlertKind;
import claimwatch.dedup.ClaimSighting;
import claimwatch.extract.Kind;
import claimwatch.ingest.Article;
import claimwatch.track.Figure;
import claimwatch.track.WindowEstimate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.article;
import static claimwatch.topology.TopologyFixture.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A season of coverage of North Korean troops in Russia, October 2024 – January 2025, written as the
 * news writes it — increments ("another 1,000"), plans, captures, a contingent of engineers, figures
 * recalled ("up from 3,000"), two parties far apart, a stray single-digit figure — through the
 * production topology with scripted claims, replayed in publication order: the daily estimate series
 * and the alerts, exactly.
 */
class SeasonTopologyTest {

    private static final String SERIES = "prk-troops-in-russia";

    private static final List<Article> SEASON = List.of(
            article("yonhap-1018", "Yonhap", "2024-10-18T06:00:00Z",
                    "SEOUL — North Korea has sent "
                            + claim("PRK", "deployed", 1500, "q=approx", "place=Russia", "by=National Intelligence Service")
                            + " special forces troops to Russia's Far East, the National Intelligence Service said on Friday."
                            + " The agency said the North has decided to send a total of "
                            + claim("PRK", "deployed", 12000, "place=Russia", "by=National Intelligence Service", "kind=planned")
                            + " troops."),
            article("reuters-1023", "Reuters", "2024-10-23T15:00:00Z",
                    "WASHINGTON — The Pentagon said "
                            + claim("PRK", "deployed", 3000, "q=approx", "place=Russia", "by=Pentagon")
                            + " North Korean soldiers had arrived in eastern Russia for training in recent weeks."),
            article("ap-1025", "AP", "2024-10-25T12:00:00Z",
                    "North Korea has sent " + claim("PRK", "deployed", 1000, "place=Russia", "by=Pentagon", "kind=increment")
                            + " more troops to Russia this week, another 1,000, the Pentagon said. Ukrainian military"
                            + " intelligence said " + claim("PRK", "deployed", 8, "place=Kursk", "by=Ukrainian military intelligence")
                            + " North Korean officers had been seen near the front line, and Ukrainian forces said they had"
                            + " captured " + claim("PRK", "captured", 2, "place=Kursk", "by=Ukrainian forces")
                            + " wounded North Korean soldiers."),
            article("cnn-1028", "CNN", "2024-10-28T17:00:00Z",
                    "Pentagon says " + claim("PRK", "deployed", 10000, "q=approx", "place=Russia", "by=Pentagon")
                            + " North Korean troops are now in Russia, up from "
                            + claim("PRK", "deployed", 3000, "q=approx", "place=Russia", "by=Pentagon", "kind=recalled")
                            + " last week."),
            article("kyivindependent-1101", "Kyiv Independent", "2024-11-01T09:00:00Z",
                    "A contingent of " + claim("PRK", "deployed", 500, "place=Kursk", "by=Ukraine's military intelligence", "kind=increment")
                            + " North Korean military engineers has arrived in Russia's Kursk region, Ukraine's military"
                            + " intelligence said."),
            article("reuters-1105", "Reuters", "2024-11-05T08:00:00Z",
                    "Budanov: " + claim("PRK", "deployed", 11000, "place=Kursk", "by=Kyrylo Budanov")
                            + " North Korean soldiers in Kursk Oblast."),
            article("tass-1105", "TASS", "2024-11-05T14:00:00Z",
                    "Kremlin spokesman Dmitry Peskov said there were "
                            + claim("PRK", "deployed", 2000, "q=at_most", "place=Russia", "by=Dmitry Peskov")
                            + " North Korean personnel in Russia, all of them on training exercises."),
            article("fox-1113", "Fox News", "2024-11-13T18:00:00Z",
                    "North Korea plans to send " + claim("PRK", "deployed", 3000, "place=Russia", "by=US officials", "kind=planned")
                            + " more troops to Russia, US officials said, on top of the "
                            + claim("PRK", "deployed", 10000, "q=at_least", "place=Russia", "by=US officials")
                            + " already there."),
            article("telegram-1120", "Kursk Today", "2024-11-20T10:00:00Z",
                    "Footage posted online showed " + claim("PRK", "deployed", 6, "place=Kursk")
                            + " North Korean artillery officers at a firing range near Kursk."),
            article("kyivindependent-1216", "Kyiv Independent", "2024-12-16T09:00:00Z",
                    "Zelensky said " + claim("PRK", "deployed", 12000, "q=at_least", "place=Kursk", "by=Zelensky")
                            + " North Korean soldiers are fighting in the Kursk region."),
            article("yonhap-1216", "Yonhap", "2024-12-16T11:00:00Z",
                    "The NIS now estimates " + claim("PRK", "deployed", 11000, "q=approx", "place=Kursk", "by=NIS")
                            + " North Korean troops have been deployed to Kursk."),
            article("ap-0109", "AP", "2025-01-09T16:00:00Z",
                    "US says " + claim("PRK", "deployed", 12000, "q=at_least", "place=Russia", "by=US")
                            + " North Korean troops are in Russia, up from "
                            + claim("PRK", "deployed", 10000, "place=Russia", "by=US", "kind=recalled")
                            + " in November. Seoul said the North was preparing to send "
                            + claim("PRK", "deployed", 1000, "high=1500", "place=Russia", "by=Seoul", "kind=increment")
                            + " more."));

    private static TopologyFixture topology;
    private static List<WindowEstimate> daily;
    private static List<Alert> alerts;
    private static Map<String, Kind> kindBySighting;

    @BeforeAll
    static void replayTheSeason() {
        topology = TopologyFixture.scripted();
        SEASON.forEach(topology::publish);
        topology.publish(tick("t-end", "2025-01-12T00:00:00Z"));
        daily = topology.estimates.readValuesToList().stream()
                .filter(e -> e.tracker().equals(SERIES) && e.window().equals("daily")).toList();
        alerts = topology.alerts.readValuesToList().stream().filter(a -> a.tracker().equals(SERIES)).toList();
        kindBySighting = new HashMap<>();
        for (ClaimSighting s : topology.sightings.readValuesToList()) {
            kindBySighting.put(s.articleId() + " " + s.claimKey(), s.claim().kind());
        }
    }

    @AfterAll
    static void close() {
        topology.close();
    }

    @Test
    void followsLowBestAndHighOverEachPartysTotalInForce() {
        assertEquals(List.of(
                        "2024-10-18 low 1500 best 1500 high 1500",
                        "2024-10-23 low 1500 best 1500 high 3000",
                        "2024-10-25 low 1500 best 1500 high 3000",
                        "2024-10-28 low 1500 best 1500 high 10000",
                        "2024-11-01 low 1500 best 1500 high 10000",
                        "2024-11-05 low 1500 best 2000 high 11000",
                        "2024-11-13 low 1500 best 2000 high 11000",
                        "2024-11-20 low 1500 best 2000 high 11000",
                        "2024-12-16 low 2000 best 10000 high 12000",
                        "2025-01-09 low 2000 best 11000 high 12000"),
                daily.stream().map(e -> day(e) + " low " + e.low() + " best " + e.best() + " high " + e.high()).toList());
    }

    @Test
    void carriesEachPartysLatestTotalIntoTheDaysItSaysNothing() {
        assertEquals(Map.of("KOR", "1500 carried", "USA", "3000 carried"), parties("2024-10-25"),
                "neither the US's another 1,000 nor the eight officers are anyone's total");
        assertEquals(Map.of("KOR", "1500 carried", "RUS", "2000 carried", "UKR", "11000 carried", "USA", "10000"),
                parties("2024-11-13"), "the US restating its 10,000 is its latest report; the plan is not a total");
        assertEquals(Map.of("KOR", "1500 carried", "RUS", "2000 carried", "UKR", "11000 carried", "USA", "10000 carried"),
                parties("2024-11-20"));
        assertEquals(Map.of("KOR", "11000 carried", "RUS", "2000 carried", "UKR", "12000 carried", "USA", "12000"),
                parties("2025-01-09"));
    }

    @Test
    void listsIncrementsPlansRecalledFiguresAndStraysApartFromTheTotals() {
        assertEquals(List.of("planned 12000"), notTotals("2024-10-18"));
        assertEquals(List.of("increment 1000"), notTotals("2024-10-25"));
        assertEquals(List.of(8L), estimate("2024-10-25").strays().stream().map(Figure::value).toList());
        assertEquals(List.of("recalled 3000"), notTotals("2024-10-28"));
        assertEquals(List.of("increment 500"), notTotals("2024-11-01"));
        assertEquals(List.of(6L), estimate("2024-11-20").strays().stream().map(Figure::value).toList());
        assertEquals(List.of("increment 1000", "recalled 10000"), notTotals("2025-01-09").stream().sorted().toList());
        assertEquals(2, estimate("2024-10-25").claims(), "the capture is no figure of this series");
    }

    @Test
    void raisesTheSeasonsAlerts() {
        assertEquals(List.of(
                        "first_figure First South Korean figure for North Korean troops in Russia: about 1,500 — National Intelligence Service, 2024-10-18",
                        "planned South Korean figure planned for North Korean troops in Russia: 12,000 — National Intelligence Service, 2024-10-18",
                        "first_figure First US figure for North Korean troops in Russia: about 3,000 — Pentagon, 2024-10-23",
                        "new_high New high for North Korean troops in Russia: about 3,000, up from about 1,500 (+100 %) — Pentagon, 2024-10-23",
                        "change US estimate of North Korean troops in Russia rose from about 3,000 to about 10,000 (+233 %) — Pentagon, 2024-10-28",
                        "new_high New high for North Korean troops in Russia: about 10,000, up from about 3,000 (+233 %) — Pentagon, 2024-10-28",
                        "first_figure First Russian figure for North Korean troops in Russia: up to 2,000 — Dmitry Peskov, 2024-11-05",
                        "first_figure First Ukrainian figure for North Korean troops in Russia: 11,000 — Kyrylo Budanov, 2024-11-05",
                        "new_high New high for North Korean troops in Russia: 11,000, up from about 10,000 (+10 %) — Kyrylo Budanov, 2024-11-05",
                        "divergence Ukrainian and Russian figures for North Korean troops in Russia diverge: 11,000 against up to 2,000 — Dmitry Peskov, 2024-11-05",
                        "planned US figure planned for North Korean troops in Russia: 3,000 — US officials, 2024-11-13",
                        "change South Korean estimate of North Korean troops in Russia rose from about 1,500 to about 11,000 (+633 %) — NIS, 2024-12-16",
                        "new_high New high for North Korean troops in Russia: at least 12,000, up from 11,000 (+9 %) — Zelensky, 2024-12-16"),
                alerts.stream().map(a -> a.kind() + " " + a.message()).toList());
    }

    @Test
    void raisesNoChangeNewHighOrFirstFigureFromAFigureThatIsNotATotal() {
        List<Alert> fromTotals = alerts.stream()
                .filter(a -> a.kind() == AlertKind.CHANGE || a.kind() == AlertKind.NEW_HIGH || a.kind() == AlertKind.FIRST_FIGURE)
                .toList();
        assertFalse(fromTotals.isEmpty());
        for (Alert alert : fromTotals) {
            for (AlertClaim c : alert.claims()) {
                assertEquals(Kind.TOTAL, kindBySighting.get(c.articleId() + " " + c.claimKey()), alert.message() + ": " + c);
            }
        }
    }

    @Test
    void namesTheClaimsBehindEachAlert() {
        Alert change = alerts.stream().filter(a -> a.kind() == AlertKind.CHANGE && a.party().equals("USA")).findFirst().orElseThrow();
        assertEquals(List.of("cnn-1028", "reuters-1023"), change.claims().stream().map(AlertClaim::articleId).toList());
        assertEquals(List.of("PRK|deployed|russia|10000|-|USA", "PRK|deployed|russia|3000|-|USA"),
                change.claims().stream().map(AlertClaim::claimKey).toList());
        assertTrue(change.claims().get(0).sentence().contains("10000"), change.claims().get(0).sentence());
        assertTrue(alerts.stream().allMatch(a -> !a.claims().isEmpty()), "every alert names its claims");
    }

    private static WindowEstimate estimate(String day) {
        return daily.stream().filter(e -> day(e).equals(day)).findFirst().orElseThrow(() -> new AssertionError("no window " + day));
    }

    private static Map<String, String> parties(String day) {
        Map<String, String> parties = new TreeMap<>();
        estimate(day).byParty().forEach((party, f) -> parties.put(party, f.value() + (f.carried() ? " carried" : "")));
        return parties;
    }

    private static List<String> notTotals(String day) {
        return estimate(day).notTotals().stream().map(f -> f.kind() + " " + f.value()).toList();
    }

    private static String day(WindowEstimate e) {
        return e.windowStart().toString().substring(0, 10);
    }
}

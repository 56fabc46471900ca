package claimwatch.alert;

import claimwatch.extract.Kind;
import claimwatch.extract.Qualifier;
import claimwatch.track.Figure;
import claimwatch.track.Parties;
import claimwatch.track.WindowEstimate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertRulesTest {

    private final AlertRules rules = new AlertRules(Parties.load(), 0.25, 2.0);

    @Test
    void raisesOnlyFirstFigureAlertsOnASeriesFirstWindow() {
        var outcome = rules.apply(SeriesMemory.empty(), window(
                figure("USA", "Pentagon", 3000, "2024-10-23"), figure("UNATTRIBUTED", null, 2500, "2024-10-23")));

        assertEquals(List.of(AlertKind.FIRST_FIGURE), kinds(outcome));
        assertEquals(3000L, outcome.memory().high().value());
    }

    @Test
    void describesARiseAsThePentagonDid() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("USA", "Pentagon", 3000, "2024-10-23"))).memory();
        var outcome = rules.apply(memory, window(figure("USA", "Pentagon", 10000, "2024-10-28")));

        assertEquals(List.of(AlertKind.CHANGE, AlertKind.NEW_HIGH), kinds(outcome));
        assertEquals("US estimate of North Korean troops in Russia rose from 3,000 to 10,000 (+233 %) — Pentagon, 2024-10-28",
                outcome.alerts().get(0).message());
        assertEquals(7000.0 / 3000, outcome.alerts().get(0).change(), 1e-9);
    }

    @Test
    void describesAFall() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("UKR", "Zelensky", 12000, "2024-12-16"))).memory();
        var outcome = rules.apply(memory, window(figure("UKR", "Zelensky", 8000, "2025-01-20")));

        assertEquals("Ukrainian estimate of North Korean troops in Russia fell from 12,000 to 8,000 (-33 %) — Zelensky, 2025-01-20",
                outcome.alerts().get(0).message());
    }

    @Test
    void takesAnOlderFigureRestatedAsHistory() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("USA", "Pentagon", 10000, "2024-10-28"))).memory();
        Figure recalled = figure("USA", "Pentagon", 3000, "2024-11-29");
        recalled = new Figure(recalled.claimKey(), recalled.value(), null, Qualifier.EXACT, "USA", "Pentagon", "Fox News",
                recalled.articleId(), recalled.publishedAt(), 1, Instant.parse("2024-10-23T12:00:00Z"), Kind.TOTAL, null, false);

        var outcome = rules.apply(memory, window(recalled));

        assertTrue(outcome.alerts().isEmpty(), outcome.alerts().toString());
        assertEquals(10000L, outcome.memory().byParty().get("USA").value());
    }

    @Test
    void seesNoDivergenceWithAFigureRecalledFromBefore() {
        Figure recalled = figure("KOR", "NIS", 1500, "2025-01-01");
        recalled = new Figure(recalled.claimKey(), 1500L, null, Qualifier.APPROX, "KOR", "NIS", "Outlet",
                recalled.articleId(), recalled.publishedAt(), 1, Instant.parse("2024-10-18T06:00:00Z"), Kind.TOTAL, null, false);

        var outcome = rules.apply(SeriesMemory.empty(), window(figure("UKR", "Zelensky", 12000, "2025-01-01"), recalled));

        assertTrue(kinds(outcome).stream().noneMatch(k -> k == AlertKind.DIVERGENCE), outcome.alerts().toString());
    }

    @Test
    void seesNoChangeBetweenTwoUnknownSources() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("OTHER", "a think tank", 3000, "2024-10-23"))).memory();
        var outcome = rules.apply(memory, window(figure("OTHER", "a blogger", 10000, "2024-10-28")));

        assertEquals(List.of(AlertKind.NEW_HIGH), kinds(outcome));
    }

    @Test
    void reportsADivergenceOnceUntilThePartiesComeBackTogether() {
        var first = rules.apply(SeriesMemory.empty(), window(figure("USA", "Pentagon", 10000, "2024-11-01"),
                figure("RUS", "Kremlin", 1000, "2024-11-01")));
        assertTrue(kinds(first).contains(AlertKind.DIVERGENCE));
        assertEquals("USA>RUS", first.memory().divergence());

        var again = rules.apply(first.memory(), window(figure("USA", "Pentagon", 10000, "2024-11-02"),
                figure("RUS", "Kremlin", 1100, "2024-11-02")));
        assertTrue(again.alerts().isEmpty(), again.alerts().toString());

        var together = rules.apply(again.memory(), window(figure("USA", "Pentagon", 10000, "2024-11-03"),
                figure("RUS", "Kremlin", 9000, "2024-11-03")));
        assertEquals(null, together.memory().divergence());
    }

    @Test
    void comparesOnlyFiguresOfTheSameWindowForDivergence() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("KOR", "NIS", 1500, "2024-10-18"))).memory();
        var outcome = rules.apply(memory, window(figure("USA", "Pentagon", 10000, "2024-10-28")));

        assertTrue(kinds(outcome).stream().noneMatch(k -> k == AlertKind.DIVERGENCE), outcome.alerts().toString());
    }

    @Test
    void needsMoreThanTheRatioToDiverge() {
        var outcome = rules.apply(SeriesMemory.empty(), window(figure("USA", "Pentagon", 3000, "2024-10-23"),
                figure("KOR", "NIS", 1500, "2024-10-23")));

        assertTrue(kinds(outcome).stream().noneMatch(k -> k == AlertKind.DIVERGENCE), outcome.alerts().toString());
    }

    @Test
    void raisesNothingFromAPartysTotalCarriedFromAnEarlierWindow() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("USA", "Pentagon", 3000, "2024-10-23"))).memory();
        Figure carried = figure("USA", "Pentagon", 3000, "2024-10-23").asCarried();

        var outcome = rules.apply(memory, windowOn("2024-10-25", carried));

        assertTrue(outcome.alerts().isEmpty(), outcome.alerts().toString());
    }

    @Test
    void raisesNoFirstFigureChangeOrNewHighFromAnIncrementARecalledFigureOrAPlan() {
        var memory = rules.apply(SeriesMemory.empty(), window(figure("USA", "Pentagon", 3000, "2024-10-23"))).memory();
        Figure carried = figure("USA", "Pentagon", 3000, "2024-10-23").asCarried();
        Figure increment = figure("USA", "Pentagon", 1000, "2024-10-25", Kind.INCREMENT);
        Figure recalled = figure("UKR", "Budanov", 500, "2024-10-25", Kind.RECALLED);
        Figure plan = figure("KOR", "NIS", 50000, "2024-10-25", Kind.PLANNED);

        var outcome = rules.apply(memory, withNotTotals(windowOn("2024-10-25", carried), increment, recalled, plan));

        assertEquals(List.of(AlertKind.PLANNED), kinds(outcome));
        assertEquals(3000L, outcome.memory().high().value());
        assertEquals(List.of("USA"), List.copyOf(outcome.memory().byParty().keySet()));
    }

    @Test
    void alertsAPlannedFigureWithTheSentenceThatStatesIt() {
        Figure plan = figure("USA", "US officials", 3000, "2024-11-13", Kind.PLANNED);

        var outcome = rules.apply(SeriesMemory.empty(), withNotTotals(windowOn("2024-11-13"), plan));

        Alert planned = outcome.alerts().get(0);
        assertEquals("US figure planned for North Korean troops in Russia: 3,000 — US officials, 2024-11-13", planned.message());
        assertEquals(List.of(new AlertClaim(plan.claimKey(), plan.articleId(), "Outlet", plan.publishedAt(),
                "The sentence of USA 3000.")), planned.claims());
    }

    @Test
    void namesTheClaimsBehindAChangeTheFigureNowFirst() {
        Figure before = figure("USA", "Pentagon", 3000, "2024-10-23");
        Figure now = figure("USA", "Pentagon", 10000, "2024-10-28");
        var memory = rules.apply(SeriesMemory.empty(), window(before)).memory();

        Alert change = rules.apply(memory, window(now)).alerts().get(0);

        assertEquals(AlertKind.CHANGE, change.kind());
        assertEquals(List.of(now.claimKey(), before.claimKey()), change.claims().stream().map(AlertClaim::claimKey).toList());
        assertEquals(List.of("a-USA2024-10-28", "a-USA2024-10-23"), change.claims().stream().map(AlertClaim::articleId).toList());
        assertEquals("The sentence of USA 10000.", change.claims().get(0).sentence());
    }

    @Test
    void writesQualifiedAmountsAsTheArticlesDid() {
        assertEquals("at least 12,000", AlertRules.amount(new Figure("k", 12000L, null, Qualifier.AT_LEAST, "UKR", null, null, "a", null, 1, null, Kind.TOTAL, null, false)));
        assertEquals("11,000–12,000", AlertRules.amount(new Figure("k", 11000L, 12000L, Qualifier.RANGE, "UKR", null, null, "a", null, 1, null, Kind.TOTAL, null, false)));
        assertEquals("about 3,000", AlertRules.amount(new Figure("k", 3000L, null, Qualifier.APPROX, "USA", null, null, "a", null, 1, null, Kind.TOTAL, null, false)));
    }

    private static List<AlertKind> kinds(AlertRules.Outcome outcome) {
        return outcome.alerts().stream().map(Alert::kind).toList();
    }

    private static Figure figure(String party, String by, long value, String day) {
        return figure(party, by, value, day, Kind.TOTAL);
    }

    private static Figure figure(String party, String by, long value, String day, Kind kind) {
        return new Figure("k-" + party + value, value, null, Qualifier.EXACT, party, by, "Outlet", "a-" + party + day,
                Instant.parse(day + "T12:00:00Z"), 1, null, kind, "The sentence of " + party + " " + value + ".", false);
    }

    private static WindowEstimate withNotTotals(WindowEstimate w, Figure... notTotals) {
        List<Figure> figures = new java.util.ArrayList<>(w.figures());
        figures.addAll(List.of(notTotals));
        return new WindowEstimate(w.tracker(), w.title(), w.window(), w.windowStart(), w.windowEnd(), figures.size(),
                figures.size(), 1, null, null, null, null, w.byParty(), null, null, null, w.outlets(), figures,
                w.carried(), List.of(notTotals), List.of(), null, 0, 0);
    }

    /** A window of {@code day} whose parties' figures in force are {@code byParty} (carried ones among them). */
    private static WindowEstimate windowOn(String day, Figure... byParty) {
        TreeMap<String, Figure> parties = new TreeMap<>();
        for (Figure f : byParty) {
            parties.put(f.party(), f);
        }
        Instant start = Instant.parse(day + "T00:00:00Z");
        List<Figure> stated = java.util.Arrays.stream(byParty).filter(f -> !f.carried()).toList();
        return new WindowEstimate("prk-troops-in-russia", "North Korean troops in Russia", "daily", start,
                start.plusSeconds(86400), stated.size(), stated.size(), 1, null, null, null, null,
                parties, null, null, null, List.of("Outlet"), stated, new TreeMap<>(), List.of(), List.of(), null, 0, 0);
    }

    private static WindowEstimate window(Figure... figures) {
        TreeMap<String, Figure> byParty = new TreeMap<>();
        for (Figure f : figures) {
            byParty.put(f.party(), f);
        }
        Instant start = figures[0].publishedAt().minusSeconds(12 * 3600);
        return new WindowEstimate("prk-troops-in-russia", "North Korean troops in Russia", "daily", start,
                start.plusSeconds(86400), figures.length, figures.length, 1, null, null, null, figures[figures.length - 1],
                byParty, null, null, null, List.of("Outlet"), List.of(figures), new TreeMap<>(), List.of(), List.of(), null, 0, 0);
    }
}

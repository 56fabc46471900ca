package claimwatch.track;

import claimwatch.dedup.ClaimSighting;
import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimatesTest {

    private static final Tracker TROOPS = new Tracker("t", "North Korean troops in Russia", "PRK", Measure.DEPLOYED, "Russia", true);
    private static final InForce IN_FORCE = new InForce(0.02);
    private static final WindowSpec DAILY = new WindowSpec("daily", Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(400));
    private static final WindowLimits LIMITS = new WindowLimits(WindowLimits.DEFAULT_MAX_FIGURES, WindowLimits.DEFAULT_MAX_OUTLETS);

    @Test
    void choosesBestAsTheLowerMedianOfEachPartysLatestFigure() {
        WindowEstimate e = fold(
                sighting("a1", "USA", "08:00", 10000L, null, null),
                sighting("a2", "USA", "09:00", 10000L, null, null),
                sighting("a3", "USA", "10:00", 10000L, null, null),
                sighting("a4", "UKR", "11:00", 11000L, 12000L, null),
                sighting("a5", "RUS", "12:00", 0L, null, null));

        assertEquals(0L, e.low());
        assertEquals(10000L, e.best(), "one voice per party: 0, 10,000, 11,500 — not the USA's three repeats");
        assertEquals(12000L, e.high());
        assertEquals(0L, e.min());
        assertEquals(12000L, e.max());
        assertEquals(10000L, e.median());
        assertEquals("a5", e.latest().articleId());
        assertEquals(3, e.claims());
        assertEquals(5, e.mentions());
    }

    @Test
    void keepsOneFigurePerClaimWithItsLatestReportAndTheirCount() {
        WindowEstimate e = fold(
                sighting("a2", "USA", "09:00", 10000L, null, null),
                sighting("a1", "USA", "08:00", 10000L, null, null),
                sighting("a3", "USA", "07:00", 10000L, null, null));

        assertEquals(1, e.figures().size());
        assertEquals(3, e.figures().get(0).reports());
        assertEquals("a2", e.figures().get(0).articleId());
    }

    @Test
    void prefersAFigureFirstClaimedInTheWindowToAnOlderOneRestated() {
        // Given the US's new 12,000 in the morning, and an afternoon story recalling its 10,000 of last week
        WindowEstimate e = fold(
                sighting("a1", "USA", "10:00", 12000L, null, null),
                firstSeen(sighting("a2", "USA", "15:00", 10000L, null, null), Instant.parse("2024-10-21T00:00:00Z")));

        assertEquals(12000L, e.byParty().get("USA").value());
        assertEquals(12000L, e.latest().value());
        assertEquals(12000L, e.best());
    }

    @Test
    void countsARestatedTotalAsThePartysFigureWhenNothingOfItsIsCarried() {
        WindowEstimate e = fold(
                sighting("a1", "UKR", "10:00", 12000L, null, null),
                firstSeen(sighting("a2", "KOR", "11:00", 1500L, null, null), Instant.parse("2024-10-18T06:00:00Z")));

        assertEquals(1500L, e.byParty().get("KOR").value(), "KOR's latest total, though first stated earlier");
        assertEquals(1500L, e.low());
        assertEquals(1500L, e.best(), "the lower median of 1,500 and 12,000");
        assertEquals(12000L, e.high());
    }

    @Test
    void keepsAPartysCarriedTotalInForceInAWindowInWhichItSaysNothing() {
        // Given KOR's 1,500 carried from an earlier window, and only the US speaking today
        Figure kor = figure(sighting("k1", "KOR", "06:00", 1500L, null, null), "2024-10-18");
        WindowEstimate e = fold(carried(kor), sighting("a1", "USA", "10:00", 3000L, null, null));

        assertEquals(List.of("KOR", "USA"), List.copyOf(e.byParty().keySet()));
        assertTrue(e.byParty().get("KOR").carried());
        assertEquals(Instant.parse("2024-10-18T08:00:00Z"), e.byParty().get("KOR").publishedAt(), "its own publication time");
        assertFalse(e.byParty().get("USA").carried());
        assertEquals(1500L, e.low());
        assertEquals(1500L, e.best());
        assertEquals(3000L, e.high());
        assertEquals(1, e.claims(), "a carried figure is no claim of the window");
    }

    @Test
    void replacesACarriedTotalWithTheNewTotalOfTheSameParty() {
        Figure usa = figure(sighting("u1", "USA", "06:00", 3000L, null, null), "2024-10-23");
        WindowEstimate e = fold(carried(usa), sighting("a1", "USA", "10:00", 10000L, null, null));

        assertEquals(10000L, e.byParty().get("USA").value());
        assertEquals(10000L, e.best());
    }

    @Test
    void keepsTheCarriedTotalAgainstAnOlderTotalRestated() {
        // Given the US's 10,000 in force, when a story restates its 3,000 of before
        Figure usa = figure(sighting("u1", "USA", "06:00", 10000L, null, null), "2024-10-25");
        WindowEstimate e = fold(carried(usa),
                firstSeen(sighting("a1", "USA", "10:00", 3000L, null, null), Instant.parse("2024-10-23T00:00:00Z")));

        assertEquals(10000L, e.byParty().get("USA").value());
        assertEquals(10000L, e.best());
    }

    @Test
    void showsThePartyRestatingItsTotalInForceAsItsLatestReport() {
        Figure usa = figure(sighting("u1", "USA", "06:00", 10000L, null, null), "2024-10-25");
        WindowEstimate e = fold(carried(usa),
                firstSeen(sighting("a1", "USA", "10:00", 10000L, null, null), Instant.parse("2024-10-25T08:00:00Z")));

        assertFalse(e.byParty().get("USA").carried());
        assertEquals("a1", e.byParty().get("USA").articleId());
    }

    @Test
    void keepsIncrementsPlansAndRecalledFiguresOutOfTheEstimateButListsThem() {
        Figure usa = figure(sighting("u1", "USA", "06:00", 3000L, null, null), "2024-10-23");
        WindowEstimate e = fold(carried(usa),
                sighting("a1", "USA", "09:00", 1000L, Kind.INCREMENT),
                sighting("a2", "USA", "10:00", 5000L, Kind.PLANNED),
                sighting("a3", "UKR", "11:00", 2000L, Kind.RECALLED));

        assertEquals(List.of("USA"), List.copyOf(e.byParty().keySet()));
        assertEquals(3000L, e.byParty().get("USA").value());
        assertEquals(3000L, e.low());
        assertEquals(3000L, e.best());
        assertEquals(3000L, e.high());
        assertEquals(List.of(Kind.INCREMENT, Kind.PLANNED, Kind.RECALLED), e.notTotals().stream().map(Figure::kind).toList());
        assertEquals(3, e.claims());
        assertEquals(3, e.mentions());
        assertNull(e.latest(), "no total was stated in the window");
        assertNull(e.max());
    }

    @Test
    void setsAsideAStrayTotalFarBelowTheTotalsInForce() {
        // Given the US's 10,000 in force, when eight officers are reported
        Figure usa = figure(sighting("u1", "USA", "06:00", 10000L, null, null), "2024-10-28");
        WindowEstimate e = fold(carried(usa), sighting("a1", "UNATTRIBUTED", "10:00", 8L, null, null));

        assertEquals(10000L, e.best(), "not the lower median of 8 and 10,000");
        assertEquals(10000L, e.low());
        assertEquals(List.of(8L), e.strays().stream().map(Figure::value).toList());
        assertEquals(List.of("USA"), List.copyOf(e.byParty().keySet()));
    }

    @Test
    void takesAFigureAtTheStrayShareOrAboveAsAVoice() {
        Figure usa = figure(sighting("u1", "USA", "06:00", 10000L, null, null), "2024-10-28");
        WindowEstimate e = fold(carried(usa), sighting("a1", "RUS", "10:00", 250L, null, null));

        assertEquals(250L, e.low(), "250 is 2.5 % of 10,000, over the stray share of 2 %: a low figure, not a stray");
        assertTrue(e.strays().isEmpty());
    }

    @Test
    void prefersTheMoreRecentlyClaimedOfTwoFiguresInOneArticle() {
        WindowEstimate e = fold(
                firstSeen(sighting("a1", "USA", "10:00", 3000L, null, null), Instant.parse("2024-10-23T00:00:00Z")),
                firstSeen(sighting("a1", "USA", "10:00", 10000L, null, null), Instant.parse("2024-10-25T00:00:00Z")));

        assertEquals(10000L, e.byParty().get("USA").value());
    }

    @Test
    void startsTheWindowAtMidnightUtc() {
        WindowEstimate e = fold(sighting("a1", "USA", "08:00", 10000L, null, null));
        assertEquals(Instant.parse("2024-10-28T00:00:00Z"), e.windowStart());
        assertEquals(Instant.parse("2024-10-29T00:00:00Z"), e.windowEnd());
    }

    @Test
    void leavesCopiesAndVagueAmountsOutOfTheStatistics() {
        WindowEstimate e = fold(
                sighting("a1", "USA", "08:00", 10000L, null, null),
                sighting("a2", "USA", "09:00", 10000L, null, "a1"),
                sighting("a3", "UKR", "10:00", null, null, null));

        assertEquals(3, e.mentions());
        assertEquals(1, e.figures().size());
        assertEquals(List.of("USA"), List.copyOf(e.byParty().keySet()));
    }

    @Test
    void hasNoFiguresBeforeAnyNumber() {
        WindowEstimate e = fold(sighting("a1", "USA", "08:00", null, null, null));
        assertNull(e.best());
        assertNull(e.median());
        assertNull(e.latest());
    }

    @Test
    void givesTheSameEstimateWhateverTheOrderOfArrival() {
        List<ClaimSighting> sightings = new ArrayList<>(List.of(
                sighting("a1", "USA", "08:00", 10000L, null, null),
                sighting("a2", "KOR", "08:00", 11000L, null, null),
                sighting("a3", "UKR", "10:00", 12000L, null, null)));
        WindowEstimate inOrder = fold(sightings.toArray(ClaimSighting[]::new));
        Collections.reverse(sightings);
        assertEquals(inOrder, fold(sightings.toArray(ClaimSighting[]::new)));
    }

    @Test
    void keepsEachPartysFigureInForceAndTheLatestOthersWhenAWindowHasMoreFiguresThanItKeeps() {
        // Given a window that keeps 3 figures, and South Korea's one figure the oldest of 4
        WindowLimits three = new WindowLimits(3, WindowLimits.DEFAULT_MAX_OUTLETS);
        WindowEstimate e = fold(three, new TreeMap<>(),
                sighting("a1", "KOR", "08:00", 11000L, null, null),
                sighting("a2", "USA", "09:00", 9000L, null, null),
                sighting("a3", "USA", "10:00", 10000L, null, null),
                sighting("a4", "USA", "11:00", 10500L, null, null));

        // Then it keeps the figure South Korea still stands by, and lets the oldest of the others go, counted
        assertEquals(List.of("a1", "a3", "a4"), e.figures().stream().map(Figure::articleId).toList());
        assertEquals(1, e.figuresDropped());
        assertEquals(4, e.claims(), "the claim let go still counts");
        assertEquals(List.of("KOR", "USA"), List.copyOf(e.byParty().keySet()));
        assertEquals(10500L, e.low());
        assertEquals(11000L, e.high());
    }

    @Test
    void keepsTheOutletsWithTheMostMentionsWhenAWindowHasMoreOutletsThanItKeeps() {
        // Given a window that keeps 2 outlets: AP three times, Reuters three times, a blog once in between
        WindowLimits two = new WindowLimits(WindowLimits.DEFAULT_MAX_FIGURES, 2);
        WindowEstimate e = fold(two, new TreeMap<>(),
                from("AP", sighting("a1", "USA", "08:00", 10000L, null, null)),
                from("AP", sighting("a2", "USA", "08:10", 10000L, null, null)),
                from("AP", sighting("a3", "USA", "08:20", 10000L, null, null)),
                from("Reuters", sighting("a4", "USA", "08:30", 10000L, null, null)),
                from("Blog", sighting("a5", "USA", "08:40", 10000L, null, null)),
                from("Reuters", sighting("a6", "USA", "08:50", 10000L, null, null)),
                from("Reuters", sighting("a7", "USA", "09:00", 10000L, null, null)));

        // Then the two outlets behind most mentions are kept, and every mention is still counted
        assertEquals(List.of("AP", "Reuters"), e.outlets());
        assertEquals(2, e.outletsDropped(), "the blog, and Reuters once, when the blog took its place");
        assertEquals(e.mentions(), e.outletMentions().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(3L, e.outletMentions().get("AP"));
    }

    @Test
    void keepsEveryFigureAndOutletOfAWindowWithinItsLimits() {
        WindowEstimate e = fold(
                from("AP", sighting("a1", "USA", "08:00", 10000L, null, null)),
                from("AP", sighting("a2", "KOR", "09:00", 11000L, null, null)),
                from("Yonhap", sighting("a3", "KOR", "10:00", 12000L, null, null)));

        assertEquals(3, e.figures().size());
        assertEquals(0, e.figuresDropped());
        assertEquals(0, e.outletsDropped());
        assertEquals(new TreeMap<>(java.util.Map.of("AP", 2L, "Yonhap", 1L)), e.outletMentions());
        assertEquals(2, e.distinctOutlets());
    }

    private static WindowEstimate fold(ClaimSighting... sightings) {
        return fold(new TreeMap<>(), sightings);
    }

    private static WindowEstimate fold(SortedMap<String, Figure> carried, ClaimSighting... sightings) {
        return fold(LIMITS, carried, sightings);
    }

    private static WindowEstimate fold(WindowLimits limits, SortedMap<String, Figure> carried, ClaimSighting... sightings) {
        WindowEstimate e = Estimates.empty();
        for (ClaimSighting s : sightings) {
            e = Estimates.add(e, TROOPS, DAILY, new SeriesSighting(DAILY.startOf(s.publishedAt()), s, carried), IN_FORCE,
                    limits);
        }
        return e;
    }

    /** The sighting as published by {@code outlet}. */
    private static ClaimSighting from(String outlet, ClaimSighting s) {
        return new ClaimSighting(s.claimKey(), s.articleId(), outlet, s.publishedAt(), s.party(), s.place(), s.copyOf(),
                s.claim(), s.claimFirstSeen());
    }

    private static SortedMap<String, Figure> carried(Figure... figures) {
        SortedMap<String, Figure> carried = new TreeMap<>();
        for (Figure f : figures) {
            carried.put(f.party(), f.asCarried());
        }
        return carried;
    }

    /** The sighting's figure as if published on {@code day} (an earlier window). */
    private static Figure figure(ClaimSighting s, String day) {
        Figure f = Estimates.figureOf(s);
        Instant at = Instant.parse(day + "T08:00:00Z");
        return new Figure(f.claimKey(), f.value(), f.high(), f.qualifier(), f.party(), f.attributedTo(), f.source(),
                f.articleId(), at, 1, at, f.kind(), f.sentence(), false);
    }

    static ClaimSighting sighting(String id, String party, String time, long value, Kind kind) {
        ClaimSighting s = sighting(id, party, time, value, null, null);
        Claim c = s.claim();
        Claim claim = new Claim(c.articleId(), c.force(), c.measure(), c.value(), c.high(), c.qualifier(), c.location(),
                c.attributedTo(), c.attributedParty(), kind, c.evidence(), c.amount(), c.publishedAt(), c.source());
        return new ClaimSighting(s.claimKey() + "|" + kind, s.articleId(), s.source(), s.publishedAt(), s.party(), s.place(),
                s.copyOf(), claim, s.claimFirstSeen());
    }

    static ClaimSighting sighting(String id, String party, String time, Long value, Long high, String copyOf) {
        Instant at = Instant.parse("2024-10-28T" + time + ":00Z");
        Claim claim = new Claim(id, "PRK", Measure.DEPLOYED, value, high, high == null ? Qualifier.EXACT : Qualifier.RANGE,
                null, party, party, Kind.TOTAL, null, String.valueOf(value), at, "Outlet " + id);
        return new ClaimSighting("PRK|deployed|-|" + value + "|" + high + "|" + party, id, "Outlet " + id, at, party, null,
                copyOf, claim, null);
    }

    /** {@code s} as the dedup leaves it, its claim first seen {@code at}. */
    static ClaimSighting firstSeen(ClaimSighting s, Instant at) {
        return new ClaimSighting(s.claimKey(), s.articleId(), s.source(), s.publishedAt(), s.party(), s.place(),
                s.copyOf(), s.claim(), at);
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EstimatesTest {

    private static final Tracker TROOPS = new Tracker("t", "North Korean troops in Russia", "PRK", Measure.DEPLOYED, "Russia", true);
    private static final WindowSpec DAILY = new WindowSpec("daily", Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(400));

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
                sighting("a2", "USA", "15:00", 10000L, null, null).counted(Instant.parse("2024-10-21T00:00:00Z")));

        assertEquals(12000L, e.byParty().get("USA").value());
        assertEquals(12000L, e.latest().value());
        assertEquals(12000L, e.best());
    }

    @Test
    void leavesAPartyThatOnlyRecallsAnOldFigureOutOfLowBestAndHigh() {
        WindowEstimate e = fold(
                sighting("a1", "UKR", "10:00", 12000L, null, null),
                sighting("a2", "KOR", "11:00", 1500L, null, null).counted(Instant.parse("2024-10-18T06:00:00Z")));

        assertEquals(1500L, e.byParty().get("KOR").value(), "still shown side by side");
        assertEquals(12000L, e.low());
        assertEquals(12000L, e.best());
        assertEquals(1500L, e.min());
    }

    @Test
    void prefersTheMoreRecentlyClaimedOfTwoFiguresInOneArticle() {
        WindowEstimate e = fold(
                sighting("a1", "USA", "10:00", 3000L, null, null).counted(Instant.parse("2024-10-23T00:00:00Z")),
                sighting("a1", "USA", "10:00", 10000L, null, null).counted(Instant.parse("2024-10-25T00:00:00Z")));

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

    private static WindowEstimate fold(ClaimSighting... sightings) {
        WindowEstimate e = Estimates.empty();
        for (ClaimSighting s : sightings) {
            e = Estimates.add(e, TROOPS, DAILY, s);
        }
        return e;
    }

    static ClaimSighting sighting(String id, String party, String time, Long value, Long high, String copyOf) {
        Instant at = Instant.parse("2024-10-28T" + time + ":00Z");
        Claim claim = new Claim(id, "PRK", Measure.DEPLOYED, value, high, high == null ? Qualifier.EXACT : Qualifier.RANGE,
                null, party, party, Kind.TOTAL, null, String.valueOf(value), at, "Outlet " + id);
        return new ClaimSighting("PRK|deployed|-|" + value + "|" + high + "|" + party, id, "Outlet " + id, at, party, null,
                copyOf, "h" + id, "", claim, null);
    }
}

package claimwatch.serve;

import claimwatch.dedup.DistinctClaim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.track.Places;
import claimwatch.track.Tracker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimFilterTest {

    private static final Places KURSK_IN_RUSSIA = (place, scope) -> place.equalsIgnoreCase(scope)
            || (place.equalsIgnoreCase("Kursk") && scope.equalsIgnoreCase("Russia"));
    private static final Tracker IN_RUSSIA = new Tracker("prk-troops-in-russia", "North Korean troops in Russia", "PRK",
            Measure.DEPLOYED, "Russia", true);

    private static DistinctClaim claim(String force, Measure measure, String place, String party, String first, String last) {
        return new DistinctClaim("k", force, measure, place, 10_000L, null, party, Kind.TOTAL, Instant.parse(first), Instant.parse(last),
                1, 1, 1, List.of("Reuters"), List.of("a"), "a", "About 10,000 troops.");
    }

    private static DistinctClaim deployed(String place) {
        return claim("PRK", Measure.DEPLOYED, place, "USA", "2024-10-28T17:00:00Z", "2024-11-13T20:00:00Z");
    }

    @Test
    void aTrackersClaimsAreItsForceAndMeasureWithinItsPlace() {
        ClaimFilter series = new ClaimFilter(IN_RUSSIA, KURSK_IN_RUSSIA, null, null, null);
        assertTrue(series.test(deployed("Russia")));
        assertTrue(series.test(deployed("Kursk")));
        assertTrue(series.test(deployed(null)), "unplaced claims count for this tracker");
        assertFalse(series.test(deployed("Ukraine")));
        assertFalse(series.test(claim("RUS", Measure.DEPLOYED, "Russia", "USA", "2024-10-28T17:00:00Z", "2024-10-28T17:00:00Z")));
        assertFalse(series.test(claim("PRK", Measure.KILLED, "Russia", "USA", "2024-10-28T17:00:00Z", "2024-10-28T17:00:00Z")));
    }

    @Test
    void unplacedClaimsAreLeftOutWhereTheTrackerSaysSo() {
        Tracker strict = new Tracker("t", "t", "PRK", Measure.DEPLOYED, "Russia", false);
        assertFalse(new ClaimFilter(strict, KURSK_IN_RUSSIA, null, null, null).test(deployed(null)));
    }

    @Test
    void aPartyIsMatchedByItsCode() {
        assertTrue(new ClaimFilter(null, KURSK_IN_RUSSIA, "USA", null, null).test(deployed("Russia")));
        assertFalse(new ClaimFilter(null, KURSK_IN_RUSSIA, "KOR", null, null).test(deployed("Russia")));
    }

    @Test
    void aTimeRangeKeepsClaimsSeenWithinIt() {
        // seen from 2024-10-28 to 2024-11-13
        assertTrue(range("2024-11-01T00:00:00Z", "2024-11-02T00:00:00Z"), "seen before and after: still current in between");
        assertTrue(range("2024-11-13T00:00:00Z", "2024-12-01T00:00:00Z"));
        assertFalse(range("2024-11-14T00:00:00Z", "2024-12-01T00:00:00Z"), "last seen before the range");
        assertFalse(range("2024-10-01T00:00:00Z", "2024-10-28T17:00:00Z"), "first seen at the range's (exclusive) end");
    }

    private static boolean range(String from, String to) {
        return new ClaimFilter(null, KURSK_IN_RUSSIA, null, Instant.parse(from), Instant.parse(to)).test(deployed("Russia"));
    }
}

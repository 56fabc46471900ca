package claimwatch.serve;

import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.dedup.DistinctClaims;
import claimwatch.dedup.FreshArticle;
import claimwatch.dedup.Sightings;
import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import claimwatch.ingest.Article;
import claimwatch.track.GazetteerPlaces;
import claimwatch.track.Parties;
import claimwatch.track.Places;
import claimwatch.track.Tracker;
import claimwatch.track.Trackers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * For every claim and every tracker, {@code /api/claims?tracker=} lists the claim (its distinct
     * claim passes the filter) exactly when the topology counts its sighting for that tracker.
     */
    @Test
    void aTrackersClaimsAreExactlyThoseItsEstimatesCount() {
        Places places = GazetteerPlaces.defaults();
        List<Tracker> series = List.of(
                new Tracker("all-prk-in-russia", "t", "PRK", Measure.DEPLOYED, "Russia", true),
                new Tracker("kursk-front", "t", "PRK", Measure.DEPLOYED, "Kursk", false),
                new Tracker("prk-anywhere", "t", "PRK", Measure.DEPLOYED, null, false),
                new Tracker("prk-casualties", "t", "prk", Measure.CASUALTIES, null, true),
                new Tracker("ukr-killed-in-ukraine", "t", "UKR", Measure.KILLED, "UKR", true),
                new Tracker("ukr-killed-in-kyiv", "t", "UKR", Measure.KILLED, "Kyiv", false));
        Trackers trackers = new Trackers(series, places);
        Sightings sightings = new Sightings(Parties.load(), places);
        String[][] claims = {
                {"PRK", "DEPLOYED", "Sudzha"}, {"PRK", "DEPLOYED", "kursk oblast"}, {"PRK", "DEPLOYED", "Russia"},
                {"PRK", "DEPLOYED", "Vladivostok"}, {"PRK", "DEPLOYED", null}, {"PRK", "DEPLOYED", "Atlantis"},
                {"PRK", "DEPLOYED", "Kharkiv"}, {"PRK", "CASUALTIES", "Kursk"}, {"PRK", "CASUALTIES", null},
                {"PRK", "KILLED", "Kursk"}, {"RUS", "DEPLOYED", "Kursk"}, {"UKR", "KILLED", "Kiev"},
                {"UKR", "KILLED", "Bakhmut"}, {"UKR", "KILLED", null}, {"UKR", "KILLED", "Kursk"}, {null, "KILLED", "Kyiv"},
        };
        int listed = 0;
        for (String[] c : claims) {
            Claim claim = new Claim("a", c[0], Measure.valueOf(c[1]), 100L, null, Qualifier.EXACT, c[2], "Pentagon", null,
                    Kind.TOTAL, null, "100", Instant.parse("2024-10-28T08:00:00Z"), "Reuters");
            Article article = new Article("a", "Reuters", null, Instant.parse("2024-10-28T08:00:00Z"), "t", "100 troops.");
            ClaimSighting sighting = sightings.of(List.of(claim), new FreshArticle(article, "h")).get(0).counted(null, null);
            DistinctClaim distinct = DistinctClaims.add(null, sighting);
            List<Tracker> counting = trackers.matching(sighting);
            for (Tracker t : series) {
                boolean inList = new ClaimFilter(t, places, null, null, null).test(distinct);
                assertEquals(counting.contains(t), inList, t.name() + " and " + String.join(" ", String.valueOf(c[0]), c[1], c[2]));
                listed += inList ? 1 : 0;
            }
        }
        // in Russia 5 (Sudzha, Kursk Oblast, Russia, Vladivostok, unplaced), Kursk 2, anywhere 7, casualties 2,
        // Ukraine 3 (Kiev, Bakhmut, unplaced), Kyiv 1: of 96 pairs, both answers are well represented
        assertEquals(20, listed);
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

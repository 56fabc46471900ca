package claimwatch.dedup;

import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Evidence;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistinctClaimsTest {

    @Test
    void keepsTheEarliestArticleAsFirstSeenWhateverTheOrderOfArrival() {
        DistinctClaim c = DistinctClaims.add(null, sighting("late", "AP", "2024-10-20T00:00:00Z", null));
        c = DistinctClaims.add(c, sighting("early", "Reuters", "2024-10-18T00:00:00Z", null));
        c = DistinctClaims.add(c, sighting("copy", "Yahoo", "2024-10-19T00:00:00Z", "early"));

        assertEquals("early", c.firstArticleId());
        assertEquals("sentence of early", c.sentence());
        assertEquals(Instant.parse("2024-10-18T00:00:00Z"), c.firstSeen());
        assertEquals(Instant.parse("2024-10-20T00:00:00Z"), c.lastSeen());
        assertEquals(3, c.mentions());
        assertEquals(2, c.independentReports());
        assertEquals(List.of("AP", "Reuters", "Yahoo"), c.outlets());
        assertEquals(List.of("copy", "early", "late"), c.articles());
    }

    @Test
    void carriesTheKindAndPartyTheExtractorReadIntoTheDistinctClaim() {
        DistinctClaim c = DistinctClaims.add(null, sighting("plan", "Yonhap", "2024-10-18T00:00:00Z", null, Kind.PLANNED));
        c = DistinctClaims.add(c, sighting("again", "AP", "2024-10-19T00:00:00Z", null, Kind.PLANNED));

        assertEquals(Kind.PLANNED, c.kind());
        assertEquals("KOR", c.party());
    }

    private static ClaimSighting sighting(String id, String source, String at, String copyOf) {
        return sighting(id, source, at, copyOf, Kind.TOTAL);
    }

    private static ClaimSighting sighting(String id, String source, String at, String copyOf, Kind kind) {
        Claim claim = new Claim(id, "PRK", Measure.DEPLOYED, 1500L, null, Qualifier.EXACT, "Russia", "NIS", "KOR", kind,
                new Evidence("sentence of " + id, 0, 5), "1,500", Instant.parse(at), source);
        return new ClaimSighting("PRK|deployed|russia|1500|-|KOR", id, source, Instant.parse(at), "KOR", "Russia", copyOf,
                claim, null);
    }
}

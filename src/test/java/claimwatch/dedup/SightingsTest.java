package claimwatch.dedup;

import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import claimwatch.track.GazetteerPlaces;
import claimwatch.track.Parties;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SightingsTest {

    private final Sightings sightings = new Sightings(Parties.load(), GazetteerPlaces.defaults(), List.of("Russia"));

    @Test
    void keysAClaimByForceMeasurePlaceFigureAndParty() {
        assertEquals("PRK|deployed|russia|11000|12000|UKR",
                sightings.keyOf(claim("Sudzha", 11000L, 12000L, "Ukraine's military intelligence")).id());
    }

    @Test
    void givesTheSameKeyToTheSameFigureFromTwoVoicesOfOneParty() {
        assertEquals(sightings.keyOf(claim("Kursk", 10000L, null, "Pentagon")),
                sightings.keyOf(claim("Russia", 10000L, null, "a U.S. official")));
    }

    @Test
    void keepsAPlaceOutsideEveryScopeAsItIs() {
        assertEquals("PRK|deployed|kharkiv|10000|-|UNATTRIBUTED", sightings.keyOf(claim("Kharkiv", 10000L, null, null)).id());
        assertEquals("PRK|deployed|-|-|-|UNATTRIBUTED", sightings.keyOf(claim(null, null, null, null)).id());
    }

    private static Claim claim(String location, Long value, Long high, String by) {
        return new Claim("a", "PRK", Measure.DEPLOYED, value, high, Qualifier.EXACT, location, by, null, Kind.TOTAL, null, null, null, null);
    }
}

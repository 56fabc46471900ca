package claimwatch.dedup;

import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import claimwatch.track.GazetteerPlaces;
import claimwatch.track.Parties;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SightingsTest {

    private final Sightings sightings = new Sightings(Parties.load(), GazetteerPlaces.defaults());

    @Test
    void keysAClaimByForceMeasurePlaceFigureAndParty() {
        assertEquals("PRK|deployed|sudzha|11000|12000|UKR",
                sightings.keyOf(claim("Sudzha", 11000L, 12000L, "Ukraine's military intelligence")).id());
    }

    @Test
    void givesTheSameKeyToTheSameFigureFromTwoVoicesOfOneParty() {
        assertEquals(sightings.keyOf(claim("Russia", 10000L, null, "Pentagon")),
                sightings.keyOf(claim("Russia", 10000L, null, "a U.S. official")));
    }

    @Test
    void givesTwoSpellingsOfOnePlaceOneKey() {
        assertEquals("PRK|deployed|kyiv|10000|-|USA", sightings.keyOf(claim("Kiev", 10000L, null, "Pentagon")).id());
        assertEquals(sightings.keyOf(claim("Kursk Oblast", 10000L, null, "Pentagon")),
                sightings.keyOf(claim("kursk", 10000L, null, "Pentagon")));
    }

    @Test
    void keepsAPlaceApartFromTheCountryItLiesIn() {
        assertEquals("PRK|deployed|kursk|10000|-|USA", sightings.keyOf(claim("Kursk", 10000L, null, "Pentagon")).id());
        assertEquals("PRK|deployed|russia|10000|-|USA", sightings.keyOf(claim("Russia", 10000L, null, "Pentagon")).id());
    }

    @Test
    void keysAPlaceTheGazetteerDoesNotKnowAsWrittenAndNoPlaceAsNone() {
        assertEquals("PRK|deployed|atlantis|10000|-|UNATTRIBUTED", sightings.keyOf(claim(" Atlantis", 10000L, null, null)).id());
        assertEquals("PRK|deployed|-|-|-|UNATTRIBUTED", sightings.keyOf(claim(null, null, null, null)).id());
    }

    @Test
    void keysAPlanAndAnIncrementApartFromTheTotalOfTheSameFigure() {
        assertEquals("PRK|deployed|russia|3000|-|USA|planned", sightings.keyOf(claimOfKind("Russia", 3000L, "Pentagon", Kind.PLANNED)).id());
        assertEquals("PRK|deployed|russia|3000|-|USA|increment", sightings.keyOf(claimOfKind("Russia", 3000L, "Pentagon", Kind.INCREMENT)).id());
    }

    @Test
    void givesARecalledFigureTheKeyOfTheTotalItRecalls() {
        assertEquals(sightings.keyOf(claimOfKind("Russia", 3000L, "Pentagon", Kind.TOTAL)).id(),
                sightings.keyOf(claimOfKind("Russia", 3000L, "Pentagon", Kind.RECALLED)).id());
    }

    private static Claim claim(String location, Long value, Long high, String by) {
        return new Claim("a", "PRK", Measure.DEPLOYED, value, high, Qualifier.EXACT, location, by, null, Kind.TOTAL, null, null, null, null);
    }

    private static Claim claimOfKind(String location, Long value, String by, Kind kind) {
        return new Claim("a", "PRK", Measure.DEPLOYED, value, null, Qualifier.EXACT, location, by, null, kind, null, null, null, null);
    }
}

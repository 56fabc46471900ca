package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer places = Gazetteer.defaults();

    @Test
    void rollsPlacesUpToTheirCountry() {
        assertTrue(places.within("Kursk", "Russia"));
        assertTrue(places.within("Bakhmut", "Ukraine"));
        assertTrue(places.within("Bakhmut", "Donetsk"));
        assertFalse(places.within("Kursk", "Ukraine"));
        assertEquals("Ukraine", places.country("Bakhmut"));
        assertEquals("Russia", places.country("Sudzha"));
    }

    @Test
    void acceptsOtherNamesAndIsoCodes() {
        assertEquals("Kyiv", places.canonical("Kiev"));
        assertTrue(places.within("kursk oblast", "RUS"));
        assertEquals("PRK", places.iso("Pyongyang"));
        assertEquals("North Korea", places.countryOfIso("PRK"));
    }

    @Test
    void aCountryIsWithinItselfAndHasNoParentCountry() {
        assertTrue(places.within("Russia", "Russia"));
        assertEquals("Russia", places.country("Russia"));
        assertNull(places.parent("Russia"));
    }

    @Test
    void knowsNothingOfUnknownPlaces() {
        assertNull(places.country("Atlantis"));
        assertFalse(places.within("Atlantis", "Russia"));
    }
}

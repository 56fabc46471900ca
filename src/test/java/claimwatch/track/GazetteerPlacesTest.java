package claimwatch.track;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerPlacesTest {

    private final Places places = GazetteerPlaces.defaults();

    @Test
    void knowsKurskAndSudzhaLieWithinRussia() {
        assertTrue(places.within("Kursk", "Russia"));
        assertTrue(places.within("Sudzha", "Russia"));
        assertTrue(places.within("Russia", "Russia"));
        assertFalse(places.within("Kharkiv", "Russia"));
    }

    @Test
    void namesAPlaceByItsCanonicalNameButNeverByAWiderOne() {
        assertEquals("Kyiv", places.canonical("Kiev"));
        assertEquals("Kursk", places.canonical(" kursk oblast "));
        assertEquals("Vladivostok", places.canonical("Vladivostok"), "lies within Russia, and stays Vladivostok");
        assertEquals("Atlantis", places.canonical(" Atlantis"), "an unknown place as written");
        assertNull(places.canonical(null));
        assertNull(places.canonical(" "));
    }
}

package claimwatch.track;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void rollsAPlaceUpToTheFirstScopeItLiesWithin() {
        assertEquals("Russia", places.rollUp("Vladivostok", List.of("Ukraine", "Russia")));
        assertEquals("Atlantis", places.rollUp("Atlantis", List.of("Russia")));
        assertNull(places.rollUp(null, List.of("Russia")));
    }
}

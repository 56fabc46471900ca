package claimwatch.track;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceListTest {

    private final Places places = PlaceList.load();

    @Test
    void knowsKurskLiesWithinRussia() {
        assertTrue(places.within("Kursk", "Russia"));
        assertTrue(places.within("kursk region", "RUSSIA"));
        assertTrue(places.within("Russia", "Russia"));
        assertFalse(places.within("Kharkiv", "Russia"));
    }

    @Test
    void rollsAPlaceUpToTheFirstScopeItLiesWithin() {
        assertEquals("Russia", places.rollUp("Vladivostok", List.of("Ukraine", "Russia")));
        assertEquals("Germany", places.rollUp("Germany", List.of("Russia")));
        assertEquals(null, places.rollUp(null, List.of("Russia")));
    }
}

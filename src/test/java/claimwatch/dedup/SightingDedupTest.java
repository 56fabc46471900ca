package claimwatch.dedup;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SightingDedupTest {

    private final SightingDedup rules = new SightingDedup(3);

    @Test
    void callsTheSameArticleARepeat() {
        var earlier = List.of(seen("a1", "h1", 0b1111L, "2024-10-18T08:00:00Z", null));
        assertEquals(SightingDedup.Verdict.REPEAT, rules.decide(sighting("a1", "h-other", 0L), earlier).verdict());
    }

    @Test
    void callsTheSameTextUnderAnotherIdARepeat() {
        var earlier = List.of(seen("a1", "h1", 0b1111L, "2024-10-18T08:00:00Z", null));
        assertEquals(SightingDedup.Verdict.REPEAT, rules.decide(sighting("a2", "h1", 0L), earlier).verdict());
    }

    @Test
    void callsANearDuplicateACopyOfItsStorysFirstArticle() {
        var earlier = List.of(
                seen("copy", "h2", 0b0111L, "2024-10-18T09:00:00Z", "first"),
                seen("first", "h1", 0b1111L, "2024-10-18T08:00:00Z", null));
        SightingDedup.Decision d = rules.decide(sighting("another", "h3", 0b0011L), earlier);
        assertEquals(SightingDedup.Verdict.COPY, d.verdict());
        assertEquals("first", d.copyOf());
    }

    @Test
    void callsADistantTextAnIndependentReport() {
        var earlier = List.of(seen("a1", "h1", 0xFFFFL, "2024-10-18T08:00:00Z", null));
        assertEquals(SightingDedup.Verdict.INDEPENDENT, rules.decide(sighting("a2", "h2", 0L), earlier).verdict());
    }

    private static SeenSighting seen(String id, String hash, long simhash, String at, String copyOf) {
        return new SeenSighting(id, hash, simhash, Instant.parse(at), copyOf);
    }

    private static ClaimSighting sighting(String id, String hash, long simhash) {
        return new ClaimSighting("k", id, "Outlet", Instant.parse("2024-10-18T10:00:00Z"), "KOR", null, null, hash, simhash, null);
    }
}

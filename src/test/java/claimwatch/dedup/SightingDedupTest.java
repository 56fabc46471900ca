package claimwatch.dedup;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SightingDedupTest {

    private final SightingDedup rules = new SightingDedup(0.5);

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
        var earlier = List.of(seen("a1", "h1", 0b1111L, "2024-10-18T08:00:00Z", null));
        assertEquals(SightingDedup.Verdict.INDEPENDENT, rules.decide(sighting("a2", "h2", 0L), earlier).verdict());
    }

    private static final String WIRE = "Seoul's spy agency said on Friday that North Korea had sent fifteen hundred "
            + "special forces soldiers to the Russian Far East on navy ships, and that more would follow soon";
    private static final String OTHER = "Lawmakers were briefed behind closed doors and asked the government to "
            + "consider sending weapons to Kyiv in response to the deployment of the troops";

    /** A text's signature: {@code 0b1111} the wire story, {@code 0b0111} and {@code 0b0011} copies of it, anything else another story. */
    private static String text(long which) {
        return Fingerprints.minhash(switch ((int) which) {
            case 0b1111 -> WIRE;
            case 0b0111 -> "Herald | World\n" + WIRE + "\nSubscribe";
            case 0b0011 -> "Daily News\n" + WIRE + "\nMore news";
            default -> OTHER;
        });
    }

    private static SeenSighting seen(String id, String hash, long text, String at, String copyOf) {
        return new SeenSighting(id, hash, text(text), Instant.parse(at), copyOf);
    }

    private static ExtractedSighting sighting(String id, String hash, long text) {
        return new ExtractedSighting("k", id, "Outlet", Instant.parse("2024-10-18T10:00:00Z"), "KOR", null, hash, text(text), null);
    }
}

package claimwatch.serve;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParamsTest {

    private static QueryParams params(String query) {
        return QueryParams.of(URI.create("/api/claims?" + query), Set.of("party", "from", "limit"));
    }

    @Test
    void readsADayAsItsStartInUtcAndAnInstantAsItIs() {
        assertEquals(Optional.of(Instant.parse("2024-10-28T00:00:00Z")), params("from=2024-10-28").instant("from"));
        assertEquals(Optional.of(Instant.parse("2024-10-28T17:00:00Z")), params("from=2024-10-28T17:00:00Z").instant("from"));
    }

    @Test
    void upperCasesAPartyCode() {
        assertEquals(Optional.of("USA"), params("party=usa").party("party"));
    }

    @Test
    void decodesPercentEscapes() {
        assertEquals(Optional.of(Instant.parse("2024-10-28T17:00:00Z")), params("from=2024-10-28T17%3A00%3A00Z").instant("from"));
    }

    @Test
    void anEmptyValueIsLikeNone() {
        assertEquals(Optional.empty(), params("party=").party("party"));
        assertEquals(50, params("limit=").integer("limit", 50, 1, 100));
    }

    @Test
    void refusesWhatItCannotReadWithTheReason() {
        assertReason("unknown parameter \"sort\"", () -> params("sort=value"));
        assertReason("given twice", () -> params("party=USA&party=KOR"));
        assertReason("not a party code", () -> params("party=U.S.").party("party"));
        assertReason("is not a time", () -> params("from=last%20week").instant("from"));
        assertReason("out of range 1..100", () -> params("limit=101").integer("limit", 50, 1, 100));
        assertReason("not a whole number", () -> params("limit=1e3").integer("limit", 50, 1, 100));
    }

    private static void assertReason(String reason, Runnable call) {
        BadRequest e = assertThrows(BadRequest.class, call::run);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}

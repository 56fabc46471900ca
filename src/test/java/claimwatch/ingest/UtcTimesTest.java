package claimwatch.ingest;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UtcTimesTest {

    @Test
    void readsTheUsualUtcTimesAsOffsetDateTimeDoes() {
        for (String raw : new String[] {"2024-10-28T14:00:00Z", "1900-01-01T00:00:00Z", "2199-12-31T23:59:59Z",
                "2024-02-29T12:00:00Z", "2024-10-28T14:00:00.5Z", "2024-10-28T14:00:00.123Z",
                "2024-10-28T14:00:00.123456789Z", "0001-01-01T00:00:00Z"}) {
            assertEquals(OffsetDateTime.parse(raw).toInstant(), UtcTimes.parseOrNull(raw), raw);
        }
    }

    /** Everything but the usual form, and every field out of range, is left to the general parser (and its errors). */
    @Test
    void leavesAnyOtherFormAndAnyFieldOutOfRangeToTheGeneralParser() {
        for (String raw : new String[] {"2023-02-29T12:00:00Z", "2024-13-01T00:00:00Z", "2024-10-32T00:00:00Z",
                "2024-10-28T24:00:00Z", "2024-10-28T14:60:00Z", "2024-10-28T14:00:60Z", "2024-10-28T14:00:00.Z",
                "2024-10-28T14:00:00.1234567890Z", "2024-10-28T14:00:00+02:00", "2024-10-28T14:00Z", "2024-10-28",
                "2024-10-28t14:00:00Z", "2024-10-28T14:00:00z", "2024-10-28 14:00:00Z", "+2024-10-28T14:00:00Z",
                "2024-1a-28T14:00:00Z", "２０２４-10-28T14:00:00Z", "2024-10-28T14:00:00.1x3Z", ""}) {
            assertNull(UtcTimes.parseOrNull(raw), raw);
        }
    }

    @Test
    void leavesNothingTheGeneralParserRejectsReadable() {
        for (String raw : new String[] {"2023-02-29T12:00:00Z", "2024-10-28T24:00:00Z", "2024-10-28T14:00:60Z"}) {
            try {
                OffsetDateTime.parse(raw);
                throw new AssertionError("the general parser read " + raw);
            } catch (DateTimeParseException expected) {
                assertNull(UtcTimes.parseOrNull(raw), raw);
            }
        }
    }
}

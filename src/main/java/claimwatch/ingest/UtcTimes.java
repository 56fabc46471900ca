package claimwatch.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one publication-time form nearly every producer writes, {@code 2024-10-28T14:00:00Z} (with or
 * without a fraction of 1–9 digits), read without {@link java.time.format.DateTimeFormatter}'s general
 * parser, which costs a few microseconds an article. Anything else, and any field out of range, is
 * left to that parser ({@code null} here), so that every time reads, and every error says, as before.
 */
final class UtcTimes {

    private static final int NO_FRACTION = "2024-10-28T14:00:00Z".length();

    private UtcTimes() {
    }

    /** The instant of {@code raw} if it is exactly {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} and valid, else null. */
    static Instant parseOrNull(String raw) {
        int length = raw.length();
        if (length < NO_FRACTION || length == NO_FRACTION + 1 || length > NO_FRACTION + 10 || raw.charAt(length - 1) != 'Z'
                || raw.charAt(4) != '-' || raw.charAt(7) != '-' || raw.charAt(10) != 'T' || raw.charAt(13) != ':'
                || raw.charAt(16) != ':') {
            return null;
        }
        int year = digits(raw, 0, 4);
        int month = digits(raw, 5, 7);
        int day = digits(raw, 8, 10);
        int hour = digits(raw, 11, 13);
        int minute = digits(raw, 14, 16);
        int second = digits(raw, 17, 19);
        int nano = 0;
        if (length > NO_FRACTION) {
            if (raw.charAt(19) != '.') {
                return null;
            }
            int fraction = digits(raw, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nano = fraction;
            for (int i = length - 1 - 20; i < 9; i++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number of {@code s.substring(from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}

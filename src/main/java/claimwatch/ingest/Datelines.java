package claimwatch.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date in the lines at its top, where pages and wires put it:
 * {@code 11/29/2024}, {@code Wednesday, January 1, 2025}, {@code date 2024-10-18},
 * {@code UNITED NATIONS, Jan 9, 2025 (Reuters) –}. Dates in the body ("since February 24, 2022")
 * are history, not datelines, so only the first few lines are read, and only a line that is
 * a date, or a wire dateline that opens with one, counts.
 *
 * <p>A dateline without a year ({@code Jan 09 (Reuters)}) names no day on its own and gives
 * nothing: guessing the year would make the same file mean different days.
 */
public final class Datelines {

    private static final int LINES_TO_READ = 6;

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String PREFIX = "^[\\s•|·*\\-–]*(?:(?:date|published|updated|posted)(?:\\s+on)?:?\\s+)?" + WEEKDAY;
    private static final String SUFFIX = "(?:[\\s,]+(?:at\\s+)?\\d{1,2}:\\d{2}.*)?\\s*$";

    private static final Pattern ISO = Pattern.compile(PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern US_NUMERIC = Pattern.compile(PREFIX + "(\\d{1,2})/(\\d{1,2})/(\\d{4})" + SUFFIX,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + SUFFIX, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            PREFIX + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})" + SUFFIX, Pattern.CASE_INSENSITIVE);
    /** {@code PLACE, Month D, YYYY (Agency) - ...}: the wire dateline that opens a story. */
    private static final Pattern WIRE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\s.,'-]{1,40},\\s+" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*\\(");

    private Datelines() {
    }

    public static Optional<Instant> find(String text) {
        int lines = 0;
        int start = 0;
        while (start < text.length() && lines < LINES_TO_READ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            Optional<LocalDate> date = parseLine(line);
            if (date.isPresent()) {
                return date.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
        return Optional.empty();
    }

    /** The date a dateline line names, if the line is one. */
    static Optional<LocalDate> parseLine(String line) {
        if (line.length() > 200) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = ISO.matcher(line)).find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = US_NUMERIC.matcher(line)).find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        if ((m = MONTH_DAY_YEAR.matcher(line)).find() || (m = WIRE.matcher(line)).find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        if ((m = DAY_MONTH_YEAR.matcher(line)).find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return String.valueOf(month.getValue());
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

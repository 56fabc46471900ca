package claimwatch.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The query string of a request, read strictly: an unknown or malformed parameter is a 400 with the reason. */
final class QueryParams {

    private static final Pattern PARTY = Pattern.compile("[A-Z][A-Z_]{1,31}");

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    /** The parameters of {@code uri}; any name outside {@code allowed} is refused, so a typo is not silently ignored. */
    static QueryParams of(URI uri, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw BadRequest.of("unknown parameter \"" + name + "\"; this resource takes " + String.join(", ", allowed.stream().sorted().toList()));
                }
                if (values.put(name, value) != null) {
                    throw BadRequest.of("parameter \"" + name + "\" is given twice");
                }
            }
        }
        return new QueryParams(values);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A party code (USA, KOR, UKR, NATO, UNATTRIBUTED, OTHER), upper-cased. */
    Optional<String> party(String name) {
        return text(name).map(p -> {
            String code = p.toUpperCase(java.util.Locale.ROOT);
            if (!PARTY.matcher(code).matches()) {
                throw BadRequest.of(name + "=" + p + " is not a party code (USA, KOR, UKR, NATO, UNATTRIBUTED, OTHER, ...)");
            }
            return code;
        });
    }

    /** An instant: ISO-8601 ({@code 2024-10-28T17:00:00Z}) or a UTC day ({@code 2024-10-28}, its start). */
    Optional<Instant> instant(String name) {
        return text(name).map(s -> {
            try {
                return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw BadRequest.of(name + "=" + s + " is not a time: use 2024-10-28 or 2024-10-28T17:00:00Z");
            }
        });
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> s = text(name);
        if (s.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s.get());
            if (n < min || n > max) {
                throw BadRequest.of(name + "=" + n + " is out of range " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw BadRequest.of(name + "=" + s.get() + " is not a whole number");
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequest.of("malformed query string: " + e.getMessage());
        }
    }
}

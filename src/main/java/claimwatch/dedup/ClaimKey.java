package claimwatch.dedup;

import claimwatch.extract.Kind;
import claimwatch.extract.Measure;

import java.util.Locale;

/**
 * What makes two claims "the same claim": who is counted ({@code force}), what happened to them
 * ({@code measure}), where (the place the article names, by its canonical name so that "Kiev" and
 * "Kyiv" meet; "Kursk" and "Russia" stay two places, and no tracker's scope enters the key), the
 * figure ({@code value}, {@code high}) and the party behind the attribution (USA, KOR, UKR, ...), so
 * the Pentagon and a US official saying 10,000 are one claim, and Kyiv saying 10,000 is another.
 *
 * <p>An increment ("another 3,000") and a plan ("plans to send 3,000") are claims of their own, not the
 * total of 3,000 the party gave before: their kind is part of the key. A recalled figure ("up from
 * 3,000") is the earlier total restated, so it shares the total's key, and its first-seen time shows
 * it is history.
 */
public record ClaimKey(String force, Measure measure, String place, Long value, Long high, String party, Kind kind) {

    /**
     * The key as a stable string, e.g. {@code PRK|deployed|kursk|10000|-|USA}, or
     * {@code PRK|deployed|russia|3000|-|USA|planned}: the Kafka key of sightings and distinct claims.
     */
    public String id() {
        String id = part(force) + '|' + measure + '|' + part(place == null ? null : place.toLowerCase(Locale.ROOT))
                + '|' + part(value) + '|' + part(high) + '|' + part(party);
        return kind == Kind.INCREMENT || kind == Kind.PLANNED ? id + '|' + kind : id;
    }

    private static String part(Object o) {
        return o == null ? "-" : o.toString();
    }
}

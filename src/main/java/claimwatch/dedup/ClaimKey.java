package claimwatch.dedup;

import claimwatch.extract.Measure;

import java.util.Locale;

/**
 * What makes two claims "the same claim": who is counted ({@code force}), what happened to them
 * ({@code measure}), where (the place rolled up to a tracker's scope, so "Kursk" and "Russia" meet),
 * the figure ({@code value}, {@code high}) and the party behind the attribution (USA, KOR, UKR, ...),
 * so the Pentagon and a US official saying 10,000 are one claim, and Kyiv saying 10,000 is another.
 */
public record ClaimKey(String force, Measure measure, String place, Long value, Long high, String party) {

    /** The key as a stable string, e.g. {@code PRK|deployed|russia|10000|-|USA}: the Kafka key of sightings and distinct claims. */
    public String id() {
        return part(force) + '|' + measure + '|' + part(place == null ? null : place.toLowerCase(Locale.ROOT))
                + '|' + part(value) + '|' + part(high) + '|' + part(party);
    }

    private static String part(Object o) {
        return o == null ? "-" : o.toString();
    }
}

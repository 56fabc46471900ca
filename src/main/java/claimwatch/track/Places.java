package claimwatch.track;

import java.util.Locale;

/**
 * Whether a place lies within a scope ("Kursk" within "Russia"), and a place's canonical name: what
 * dedup and the trackers need of a place hierarchy. {@link GazetteerPlaces} answers both from the
 * extractor's gazetteer.
 */
public interface Places {

    /** True when {@code place} is {@code scope} or lies within it; names compare case-insensitively. */
    boolean within(String place, String scope);

    /**
     * The name a claim's place is keyed by, so that spellings of one place meet ("Kiev" and "Kyiv");
     * never a wider place. Here the name as written, stripped; null or blank is null.
     */
    default String canonical(String place) {
        return place == null || place.isBlank() ? null : place.strip();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

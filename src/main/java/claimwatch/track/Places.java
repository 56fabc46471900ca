package claimwatch.track;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a place lies within a scope ("Kursk" within "Russia"): what dedup and the trackers need
 * of a place hierarchy. {@link GazetteerPlaces} answers it from the extractor's gazetteer.
 */
public interface Places {

    /** True when {@code place} is {@code scope} or lies within it; names compare case-insensitively. */
    boolean within(String place, String scope);

    /** The first of {@code scopes} that {@code place} lies within, else {@code place} itself; null stays null. */
    default String rollUp(String place, Collection<String> scopes) {
        if (place == null) {
            return null;
        }
        for (String scope : scopes) {
            if (within(place, scope)) {
                return scope;
            }
        }
        return place;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

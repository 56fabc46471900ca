package claimwatch.track;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@link Places} from the short list {@code track/places.txt}: one level, scope → places within it. */
public final class PlaceList implements Places {

    private final Map<String, Set<String>> within;

    private PlaceList(Map<String, Set<String>> within) {
        this.within = within;
    }

    public static PlaceList load() {
        Map<String, Set<String>> within = new HashMap<>();
        for (Resources.Entry entry : Resources.read("/track/places.txt")) {
            Set<String> places = within.computeIfAbsent(Places.key(entry.head()), k -> new HashSet<>());
            entry.names().forEach(name -> places.add(Places.key(name)));
        }
        return new PlaceList(Map.copyOf(within));
    }

    @Override
    public boolean within(String place, String scope) {
        if (place == null || scope == null) {
            return false;
        }
        String p = Places.key(place);
        String s = Places.key(scope);
        return p.equals(s) || within.getOrDefault(s, Set.of()).contains(p);
    }
}

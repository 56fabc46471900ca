package claimwatch.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps an attribution ("South Korean intelligence", "Pentagon spokesman") to the party behind it
 * (KOR, USA, ...), from the data file {@code track/parties.txt}: a new party or a new spokesman is
 * a line of data, not code.
 */
public final class Parties {

    /** A claim the article states in its own voice or from unnamed sources. */
    public static final String UNATTRIBUTED = "UNATTRIBUTED";
    /** A named source that {@code parties.txt} does not know. */
    public static final String OTHER = "OTHER";

    /** A name, lower case, and its party: found in an attribution as a whole word or phrase, any case. */
    private record Name(String lower, String party) {

        boolean foundIn(String attribution) {
            for (int at = attribution.indexOf(lower); at >= 0; at = attribution.indexOf(lower, at + 1)) {
                int end = at + lower.length();
                if (!wordCharAt(attribution, at - 1) && !wordCharAt(attribution, end)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean wordCharAt(String s, int i) {
            return i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i));
        }
    }

    private final List<Name> names;
    private final Map<String, String> adjectives;

    private Parties(List<Name> names, Map<String, String> adjectives) {
        this.names = names;
        this.adjectives = adjectives;
    }

    public static Parties load() {
        return load("/track/parties.txt");
    }

    static Parties load(String resource) {
        List<Name> names = new ArrayList<>();
        Map<String, String> adjectives = new HashMap<>();
        for (Resources.Entry entry : Resources.read(resource)) {
            String head = entry.head();
            int paren = head.indexOf('(');
            String code = (paren < 0 ? head : head.substring(0, paren)).strip();
            if (paren >= 0 && head.endsWith(")")) {
                adjectives.put(code, head.substring(paren + 1, head.length() - 1).strip());
            }
            for (String name : entry.names()) {
                names.add(new Name(name.toLowerCase(Locale.ROOT), code));
            }
        }
        // the longest name found wins: "South Korean" before "Korean"
        names.sort(Comparator.comparingInt((Name n) -> n.lower().length()).reversed());
        return new Parties(List.copyOf(names), Map.copyOf(adjectives));
    }

    /** The party code behind {@code attributedTo}: USA, KOR, ..., {@link #UNATTRIBUTED} or {@link #OTHER}. */
    public String partyOf(String attributedTo) {
        if (attributedTo == null || attributedTo.isBlank()) {
            return UNATTRIBUTED;
        }
        String attribution = attributedTo.toLowerCase(Locale.ROOT);
        for (Name name : names) {
            if (name.foundIn(attribution)) {
                return name.party();
            }
        }
        return OTHER;
    }

    /** How a sentence names the party's figure: "US", "South Korean", ...; "Unattributed", "Other" for the rest. */
    public String adjective(String party) {
        String adjective = adjectives.get(party);
        if (adjective != null) {
            return adjective;
        }
        String lower = party.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Whether the party is a real one (not {@link #UNATTRIBUTED} or {@link #OTHER}). */
    public static boolean isNamed(String party) {
        return !UNATTRIBUTED.equals(party) && !OTHER.equals(party);
    }
}

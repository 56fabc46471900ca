package claimwatch.extract;

import java.util.List;

/**
 * Whose personnel a phrase of one side counts when it names no force of its own
 * ({@code sides.txt}). Insurgents ("31 jihadists", "Syrian rebels", "opposition fighters") are
 * the group their sentence names, nearest first, else the armed opposition of their country
 * ({@code rebels.txt}: Syria's is {@code syrian-rebels}), never the state itself. State words
 * ("129 loyalists", "regime fighters") are the forces of the state the article is about.
 */
final class SideResolver {

    static final String INSURGENT = "insurgent";
    static final String STATE = "state";

    private static final java.util.Set<String> OPPONENT_MARKERS = java.util.Set.of("with", "against", "by", "between",
            "versus", "vs", "on", "targeting");

    private final Vocabulary vocab;

    SideResolver(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** The side the number's noun and its modifiers name, or null. */
    String sideOf(List<Token> t, Personnel p) {
        if (p == null || p.nounFrom() < 0) {
            return null;
        }
        String side = null;
        for (int k = Math.max(0, p.modFrom()); k < p.nounTo(); k++) {
            PhraseTable.Match<String> m = vocab.sides.at(t, k);
            if (m != null) {
                side = m.value(); // the last word decides: "anti-government rebels" are insurgents
                k = m.to() - 1;
            }
        }
        return side;
    }

    /** The force of insurgents: a group named near the number, else their country's rebels. */
    String insurgents(ArticleText.Sentence s, Quantity q, String state, String articleCountry) {
        String group = nearestGroup(s.tokens(), q);
        if (group != null) {
            return group;
        }
        String country = state != null ? state : articleCountry;
        return country == null ? null : vocab.rebelsOf.get(country);
    }

    /** "clashes with Daesh", "fighting against IS", "killed by ISIL": the group named is the other side. */
    private static boolean isOpponent(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String w = t.get(k).lower();
            if (OPPONENT_MARKERS.contains(w)) {
                return true;
            }
            if (!w.equals("the")) {
                return false;
            }
        }
        return false;
    }

    private boolean killedBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                return true;
            }
        }
        return false;
    }

    private String nearestGroup(List<Token> t, Quantity q) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f == null) {
                continue;
            }
            if (vocab.groupIds.contains(f.value()) && !isOpponent(t, i)) {
                if (i < q.from() && killedBetween(t, f.to(), q.from())) {
                    i = f.to() - 1;
                    continue; // "Daesh said it killed 50 opposition fighters": the killer is not the killed
                }
                int d = i < q.from() ? q.from() - f.to() : i - q.to();
                if (d < distance) {
                    best = f.value();
                    distance = d;
                }
            }
            i = f.to() - 1;
        }
        return best;
    }
}

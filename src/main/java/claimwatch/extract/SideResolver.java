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
    static final String ENEMY = "enemy";
    /** Insurgents who are rebels ("116 rebels", "opposition fighters") are their country's rebels unless their own phrase names a group. */
    static final String REBEL = "rebel";
    private static final int SENTENCES_BACK = 2;
    static final String MIXED = "mixed";

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
        boolean state = false;
        boolean against = false;
        for (int k = Math.max(0, p.modFrom()); k < p.nounTo(); k++) {
            PhraseTable.Match<String> m = vocab.sides.at(t, k);
            if (m != null) {
                side = m.value(); // the last word decides: "anti-government rebels" are insurgents
                state |= STATE.equals(side);
                against |= REBEL.equals(side) || INSURGENT.equals(side);
                k = m.to() - 1;
            }
        }
        if (side == null && p.nounTo() + 1 < t.size() && (t.get(p.nounTo()).is("of") || t.get(p.nounTo()).is("from"))) {
            for (int k = p.nounTo() + 1; k < Math.min(t.size(), p.nounTo() + 4); k++) {
                PhraseTable.Match<String> m = vocab.sides.at(t, k);
                if (m != null) {
                    return m.value(); // "170 members of government forces", "40 fighters from rebel groups"
                }
            }
        }
        return state && against ? MIXED : side; // "70 regime and rebel fighters": both sides
    }

    /**
     * Whether the count's own phrase names two different groups or forces as its members ("50
     * jihadists from the Islamic State and al-Nusra", "Nusra and allied Faylaq al-Sham fighters"):
     * allies counted together, whom no one force owns. Forces named after "by", "with" or
     * "against" are the other side and do not count.
     */
    /** How many words after a count's noun its own phrase may name both sides ("from the warring sides"). */
    private static final int MIXED_REACH = 5;

    /** Prepositions that make a country named after a count's noun a place, not a member: "2,500 U.S. troops in Iraq". */
    private static final java.util.Set<String> PLACE_BEFORE = java.util.Set.of("in", "into", "to", "at", "near",
            "inside", "across", "on", "towards", "toward");

    boolean alliesCounted(List<Token> t, Personnel p, Quantity q) {
        if (p == null || p.implied() || p.nounFrom() < 0) {
            return false;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        boolean joined = false;
        int from = Math.max(0, p.modFrom());
        int end = p.nounTo() + 8;
        for (int k = from; k < Math.min(t.size(), end); k++) {
            if (k >= p.nounTo() && (t.get(k).isClauseBreak() || OPPONENT_MARKERS.contains(t.get(k).lower())
                    || vocab.measures.at(t, k) != null || vocab.isNumber(t.get(k)))) {
                break; // the other side, the verb, or the next count
            }
            joined |= t.get(k).is("and");
            PhraseTable.Match<String> f = vocab.forces.at(t, k);
            if (f != null) {
                boolean linked = f.to() + 1 < t.size() && t.get(f.to()).is("-") && !t.get(f.to()).spaceBefore();
                boolean place = k > 0 && PLACE_BEFORE.contains(t.get(k - 1).lower());
                if (!linked && !place) {
                    named.add(f.value()); // "Kurdish-led", "Turkey-backed" name no member; "troops in Iraq and Syria" are in places
                }
                end += f.to() - k - 1; // a name is one word: "members of the Islamic State in Iraq and the Levant and al-Nusra"
                k = f.to() - 1;
            }
        }
        return joined && named.size() >= 2;
    }

    /** The armed opposition of a state ({@code rebels.txt}), or null. */
    String rebelsOf(String state) {
        return state == null ? null : vocab.rebelsOf.get(state);
    }

    /** Whether the sentence speaks of the enemy ("occupiers", "invaders") anywhere. */
    boolean namesEnemy(List<Token> t) {
        return names(t, ENEMY);
    }

    /** Whether the sentence counts both sides of a fight at once ("38 fighters from the warring sides"). */
    boolean mixed(List<Token> t) {
        return names(t, MIXED);
    }

    /**
     * Whether the count's own phrase, up to a few words after its noun, counts both sides: "38
     * fighters from the warring sides", not "346 IS fighters and 170 government troops ... in
     * confrontations between the two groups", where each count names its own.
     */
    boolean mixedWithin(List<Token> t, Personnel p, Quantity q) {
        int from = p == null || p.implied() || p.nounFrom() < 0 ? q.from() : Math.max(0, p.modFrom());
        int to = Math.min(t.size(), (p == null || p.implied() || p.nounFrom() < 0 ? q.to() : p.nounTo()) + MIXED_REACH);
        for (int k = Math.max(0, q.from() - 1); k < to; k++) {
            PhraseTable.Match<String> m = vocab.sides.at(t, k);
            if (m != null && MIXED.equals(m.value()) && k >= Math.min(from, q.from() - 1)) {
                return true;
            }
            if (k >= q.to() && t.get(k).isClauseBreak()) {
                return false;
            }
        }
        return false;
    }

    private boolean names(List<Token> t, String side) {
        for (int k = 0; k < t.size(); k++) {
            PhraseTable.Match<String> m = vocab.sides.at(t, k);
            if (m != null && side.equals(m.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The force of insurgents: a group named near the number, else in the title, else in the two
     * sentences before it in its paragraph, else the group the article names most; else their
     * country's rebels.
     */
    String insurgents(ArticleText.Sentence s, Quantity q, String state, String articleCountry, List<Token> title) {
        String group = nearestGroup(s.tokens(), q);
        if (group == null && title != null) {
            group = nearestGroup(title, Quantity.PAST_THE_END); // the headline names whom the story is about
        }
        int back = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); group == null && prev != null && prev.para == s.para
                && back < SENTENCES_BACK; prev = s.article.previous(prev), back++) {
            group = nearestGroup(prev.tokens(), Quantity.PAST_THE_END);
        }
        if (group == null) {
            group = s.article.mainGroup(() -> mainGroup(s.article));
        }
        if (group != null) {
            return group;
        }
        String country = state != null ? state : articleCountry;
        String rebels = country == null ? null : vocab.rebelsOf.get(country);
        return rebels != null ? rebels : s.article.soleGroup(() -> soleGroup(s.article));
    }

    /**
     * The one group an article names, however often, or null when it names none or several: in a
     * Malian story that names only JNIM, its "terrorists" are JNIM's. Where the vocabulary knows a
     * country's rebels as such (Syria's), a roundup's "terrorists" stay those rebels instead.
     */
    private String soleGroup(ArticleText article) {
        String sole = null;
        List<Token> t = article.allTokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f == null) {
                continue;
            }
            if (vocab.groupIds.contains(f.value()) && !isOpponent(t, i) && !placesPossessive(t, f.to())) {
                if (sole != null && !sole.equals(f.value())) {
                    return null;
                }
                sole = f.value();
            }
            i = f.to() - 1;
        }
        return sole;
    }

    /**
     * Whether the insurgents a count speaks of are allies of several groups: the sentence that
     * {@link #insurgents} would take their group from (this one, else one of the two before it in
     * its paragraph) names two groups side by side ("Faylaq al-Sham and Nusra Front mounted an
     * attack ... killing 29 extremists", "a meeting of Ahrar al-Sham and Jabhat al-Nusra leaders
     * ... killing 5 terrorists"). Then no one group owns the dead.
     */
    boolean alliesAround(ArticleText.Sentence s) {
        if (NotACount.titleCase(s.tokens()) && alliesIn(s) == null) {
            // "Syrian Army Kills 50 Terrorists in Hama": a headline's toll is the one its story tells
            int ahead = 0;
            for (ArticleText.Sentence at = s.article.next(s); at != null && ahead < SENTENCES_BACK;
                 at = s.article.next(at), ahead++) {
                Boolean allies = alliesIn(at);
                if (allies != null) {
                    return allies;
                }
            }
        }
        int back = 0;
        for (ArticleText.Sentence at = s; at != null && at.para == s.para && back <= SENTENCES_BACK;
             at = s.article.previous(at), back++) {
            Boolean allies = alliesIn(at);
            if (allies != null) {
                return allies;
            }
        }
        return false;
    }

    /** Whether the groups a sentence names are allies side by side; null when it names none. */
    private Boolean alliesIn(ArticleText.Sentence at) {
        int groups = distinctGroups(at.tokens());
        return groups == 0 ? null : groups > 1 && alliedPair(at.tokens());
    }

    /** How many groups {@code t} names, each counted once. */
    int distinctGroups(List<Token> t) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f != null) {
                if (vocab.groupIds.contains(f.value()) && !placesPossessive(t, f.to()) && !linkedName(t, f.to())) {
                    ids.add(f.value());
                }
                i = f.to() - 1;
            }
        }
        return ids.size();
    }

    /** Two different groups a few words apart, joined by "and", "with", "alongside" or "allied", neither the other's opponent. */
    private boolean alliedPair(List<Token> t) {
        String last = null;
        int lastEnd = -1;
        boolean joined = false;
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f == null) {
                String w = t.get(i).lower();
                joined |= ALLY_JOINERS.contains(w);
                if (OPPONENT_MARKERS.contains(w) && !w.equals("with") || t.get(i).isClauseBreak() && !t.get(i).is(",")
                        && !t.get(i).is("(") && !t.get(i).is(")")) {
                    last = null; // "clashes between": sides, counted as mixed elsewhere; a new clause
                }
                continue;
            }
            if (vocab.groupIds.contains(f.value()) && !placesPossessive(t, f.to()) && !linkedName(t, f.to())) {
                if (last != null && !last.equals(f.value()) && joined && i - lastEnd <= ALLY_GAP && !isOpponent(t, i)) {
                    return true;
                }
                last = f.value();
                lastEnd = f.to();
                joined = false;
            }
            i = f.to() - 1;
        }
        return false;
    }

    /** "the Al-Qaeda-linked Nusra Front": a name written onto another's is no second group. */
    private static boolean linkedName(List<Token> t, int next) {
        return next + 1 < t.size() && t.get(next).is("-") && !t.get(next).spaceBefore();
    }

    private static final java.util.Set<String> ALLY_JOINERS = java.util.Set.of("and", "with", "alongside", "allied",
            "allies", "its", "their");
    private static final int ALLY_GAP = 8;

    /** "Four Kurdish militiamen and 11 jihadists": a group that is another count's own modifier is that count's. */
    private boolean ownedByAnotherCount(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (vocab.isNumber(t.get(k))) {
                return true;
            }
            if (t.get(k).isPunct() || vocab.isFunctionWord(t.get(k)) && !t.get(k).is("of")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name followed by a part of a place ("in Hamas northwestern countryside"): a place's
     * possessive whose apostrophe the text lost (Hama's), not the group.
     */
    private static boolean placesPossessive(List<Token> t, int next) {
        return next < t.size() && PLACE_PARTS.contains(t.get(next).lower());
    }

    private static final java.util.Set<String> PLACE_PARTS = java.util.Set.of("countryside", "province", "outskirts",
            "suburbs", "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern",
            "southeastern", "central", "governorate", "neighbourhood", "neighborhood");

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

    /** Whether a force is named before token {@code i}: then that one, not the group at {@code i}, is the subject. */
    private boolean forceBefore(List<Token> t, int i) {
        for (int k = 0; k < i; k++) {
            if (vocab.forces.at(t, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** An active verb of killing right before the number: "it killed 50", "killing at least 31". */
    private boolean killedBetween(List<Token> t, int from, int to) {
        if (to > t.size()) {
            return false;
        }
        for (int k = Math.max(from, to - 2); k < to; k++) {
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                return true;
            }
        }
        return false;
    }


    /** The group named nearest the number in its sentence, else in the title; null when neither names one. */
    String groupNear(List<Token> t, Quantity q, List<Token> title) {
        String group = nearestGroup(t, q);
        return group != null || title == null ? group : nearestGroup(title, Quantity.PAST_THE_END);
    }

    /** The group the article names most often, at least three times, or null. */
    String mainGroup(ArticleText article) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        List<Token> t = article.allTokens();
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f != null) {
                if (vocab.groupIds.contains(f.value()) && !isOpponent(t, i) && !ownedByAnotherCount(t, i)
                        && !placesPossessive(t, f.to())) {
                    counts.merge(f.value(), 1, Integer::sum);
                }
                i = f.to() - 1;
            }
        }
        String best = null;
        int most = 2;
        for (java.util.Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private String nearestGroup(List<Token> t, Quantity q) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f == null) {
                continue;
            }
            if (vocab.groupIds.contains(f.value()) && !isOpponent(t, i) && !placesPossessive(t, f.to())
                    && !(q != Quantity.PAST_THE_END && i < q.from() && ownedByAnotherCount(t, i))) {
                if (i < q.from() && killedBetween(t, f.to(), q.from()) && !forceBefore(t, i)
                        && !vocab.attackedAt(t, i, f.to())) {
                    i = f.to() - 1;
                    continue; // "Daesh said it killed 50 opposition fighters": the killer is not the killed;
                    // but "strikes against gatherings of al-Nusra terrorists, killing 8 terrorists": the target is
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

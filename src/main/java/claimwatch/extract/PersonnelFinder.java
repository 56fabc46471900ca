package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a number counts armed personnel. Either a personnel noun follows it within
 * a few modifiers ("10,000 North Korean troops", "thousands of troops", "a 5,000-strong
 * contingent"), or nothing countable follows it and the context names personnel: earlier in
 * the sentence ("troops in Russia could swell to as many as 12,000") or, after a word such as
 * "total" or "figure", in the sentence before ("bringing the total to some 10,000").
 */
final class PersonnelFinder {

    private static final int MAX_MODIFIERS = 5;
    /** Words before a number that make it a running count of something already named. */
    static final Set<String> COUNT_CUES = Set.of("total", "figure", "number", "estimate", "estimates",
            "tally", "contingent", "force", "deployment", "strength", "count", "tripled", "doubled");

    /** Nouns that, after a small number, count the sides of a fight: "the two forces". */
    private static final Set<String> SIDES = Set.of("forces", "armies", "militias", "sides");

    /** "one of its leaders" is a person named in a toll, not a count of one. */
    private static final Set<String> LEADERS = Set.of("leaders", "leader", "commanders", "commander", "officers");

    /** Durations between a count and its noun ("... a month ago, including some 250") do not stop the search for it. */
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minutes", "decades");

    /** Verbs right after "N more" that make it more of the personnel named before: "19 more were killed". */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "had", "have", "are", "died", "fell");

    private final Vocabulary vocab;

    PersonnelFinder(Vocabulary vocab) {
        this.vocab = vocab;
    }

    Personnel find(ArticleText.Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        if (ofThem(t, q)) {
            return implied(s, q); // "over 4,000 of them"
        }
        Personnel explicit = explicit(t, q);
        if (explicit != null && explicit.nounFrom() < 0 && peopleCountingTroops(t, q)) {
            return implied(s, q); // "the number of Russian troops ... is about 150 thousand people"
        }
        if (explicit != null) {
            return explicit.nounFrom() >= 0 ? explicit : null;
        }
        return implied(s, q);
    }

    /** "N people" after "the number of" personnel earlier in the sentence: people stands for those personnel. */
    private boolean peopleCountingTroops(List<Token> t, Quantity q) {
        if (q.to() >= t.size() || !(t.get(q.to()).is("people") || t.get(q.to()).is("persons"))) {
            return false;
        }
        for (int k = 0; k + 2 < q.from(); k++) {
            if (t.get(k).is("number") && t.get(k + 1).is("of")) {
                for (int j = k + 2; j < Math.min(q.from(), k + 10); j++) {
                    PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, j);
                    if (noun != null && noun.value().needs().isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The personnel noun after the number; a Personnel with nounFrom -1 when something else is
     * counted ("25 drones"), null when no noun follows at all.
     */
    private Personnel explicit(List<Token> t, Quantity q) {
        final Personnel notPersonnel = new Personnel(-1, -1, -1, null, false, false);
        int j = q.to();
        if (j + 2 < t.size() && t.get(j).is("the") && TALLY_NOUNS.contains(t.get(j + 1).lower()) && t.get(j + 2).is("of")) {
            j += 3; // "bring to 298 the number of soldiers killed": the tally named after its figure
        }
        boolean strong = false;
        if (j + 1 < t.size() && t.get(j).is("-") && t.get(j + 1).is("strong")) {
            strong = true;
            j += 2;
        }
        if (j < t.size() && t.get(j).is("of")) {
            j++;
            if (j < t.size() && t.get(j).is("the")) {
                j++; // "fourteen of the IS group fighters"
            }
        }
        if (j < t.size() && (t.get(j).is("others") || t.get(j).is("more") && j + 1 < t.size() && !t.get(j + 1).isWord())) {
            return null; // "captured 87 others": more of the personnel named before, for implied() to read
        }
        if (j + 1 < t.size() && t.get(j).is("more") && AUXILIARIES.contains(t.get(j + 1).lower())) {
            // "50 troops were executed, 19 more were killed"; not "six Mexican nationals were killed, seven more injured"
            return previousCountIsPersonnel(t, q.from()) ? null : notPersonnel;
        }
        int modFrom = j;
        int modifiers = 0;
        boolean sawWord = false;
        while (j < t.size() && modifiers <= MAX_MODIFIERS) {
            Token tok = t.get(j);
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, j);
            if (noun != null && vocab.notPersonnel.at(t, j) == null) {
                boolean unitNoun = "strong".equals(noun.value().needs());
                if (unitNoun && !strong) {
                    j = noun.to(); // "army soldiers": a unit word used as a modifier
                    modifiers++;
                    continue;
                }
                PhraseTable.Match<Vocabulary.PersonnelNoun> head = vocab.personnel.at(t, noun.to());
                if ("force".equals(noun.value().needs()) && head != null && head.value().needs().isEmpty()) {
                    // "dead soldiers": the first noun says what happened, the second who
                    return new Personnel(modFrom, noun.to(), head.to(), noun.value().measure(), false, false);
                }
                if ("force".equals(noun.value().needs()) && noun.value().measure() != null) {
                    PhraseTable.Match<Vocabulary.PersonnelNoun> later = headWithin(t, noun.to(), 3);
                    if (later != null && !gerundBetween(t, noun.to(), later.from())) {
                        // "32 wounded Ukrainian servicemen": the fate, then whose, then the noun
                        return new Personnel(noun.to(), later.from(), later.to(), noun.value().measure(), false, false);
                    }
                }
                if (vocab.notPersonnel.at(t, noun.to()) != null) {
                    return notPersonnel; // fighter jets, personnel carriers
                }
                if (head != null && head.value().needs().isEmpty() && noun.value().needs().isEmpty()) {
                    // "five Armed Forces personnel", "security forces personnel": the last noun heads the phrase
                    return new Personnel(modFrom, head.from(), head.to(), head.value().measure(), false, false);
                }
                if (q.value() != null && q.value() == 1 && j != q.to() && !(t.get(q.to()).is("of")
                        && noun.value().needs().isEmpty() && !LEADERS.contains(t.get(noun.to() - 1).lower()))) {
                    return notPersonnel; // "one" counts only right before its noun
                }
                if (q.value() != null && q.value() < 10 && SIDES.contains(t.get(noun.to() - 1).lower())) {
                    return notPersonnel; // "the two forces", "both armies": sides, not a count of people
                }
                Vocabulary.PersonnelNoun pn = noun.value();
                if (j != q.to() && vocab.isFateParticiple(t, j)) {
                    return notPersonnel; // "Two Syrians killed": the verb of "Syrians", not "the killed"
                }
                if ("adjacent".equals(pn.needs()) && j != q.to()) {
                    return notPersonnel; // "terrorist" counts only right after its number: "15 terrorist were captured"
                }
                return new Personnel(modFrom, j, noun.to(), pn.measure(), "force".equals(pn.needs())
                        || "own".equals(pn.needs()), false);
            }
            if (vocab.namesNationals(t, j) && hiredAfter(t, j + 1)) {
                // "more than 200 Kenyans were fighting alongside Russian forces": foreigners in a force's ranks
                return new Personnel(modFrom, j, j + 1, null, false, false);
            }
            PhraseTable.Match<Boolean> other = vocab.notPersonnel.at(t, j);
            if (other != null && other.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("police") && onMission(t)) {
                // "217 Kenyan police officers arrived to reinforce the mission": police in an armed mission abroad
                return new Personnel(modFrom, j, other.to(), null, true, false);
            }
            if (other != null || tok.isNumber()) {
                return notPersonnel;
            }
            if (tok.isPunct()) {
                if ((tok.is("-") && !tok.spaceBefore()) || tok.is("'s")) {
                    j++;
                    continue;
                }
                if (tok.is("(") && j + 2 < t.size() && t.get(j + 2).is(")")) {
                    j += 3; // "Thirty one Islamic State (IS) group militants": the acronym restates the name
                    continue;
                }
                break;
            }
            if (tok.is("and") && sawWord && j + 1 < t.size() && t.get(j + 1).isWord()
                    && !vocab.isFunctionWord(t.get(j + 1)) && vocab.notPersonnel.at(t, j + 1) == null) {
                j++; // "30 regime and allied fighters", "Syrian and Russian troops"
                continue;
            }
            if (vocab.isFunctionWord(tok) && vocab.forces.at(t, j) == null || j == modFrom && PLACE_AFTER.contains(tok.lower())) {
                break; // but "17 IS group fighters": a force's name is a modifier whatever word it spells
            }
            sawWord = true;
            modifiers++;
            j++;
        }
        return sawWord ? notPersonnel : null;
    }

    private static final Set<String> TALLY_NOUNS = Set.of("number", "toll", "total", "tally");

    private static final Set<String> MISSIONS = Set.of("mission", "contingent", "multinational", "peacekeeping",
            "peacekeepers");

    /** Whether the sentence speaks of an armed mission or a national contingent in it. */
    private static boolean onMission(List<Token> t) {
        for (Token tok : t) {
            if (MISSIONS.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Within a few words: "(were) fighting for|alongside", "serving with|in", "recruited by|into". */
    boolean hiredAfter(List<Token> t, int from) {
        for (int k = from; k + 1 < Math.min(t.size(), from + 5); k++) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            String w = t.get(k).lower();
            String next = t.get(k + 1).lower();
            if (w.equals("fighting") && (next.equals("for") || next.equals("alongside") || next.equals("with"))
                    || w.equals("serving") && (next.equals("with") || next.equals("in"))
                    || w.equals("recruited") && (next.equals("by") || next.equals("into"))) {
                return true;
            }
        }
        return false;
    }

    /** "attacks on civilians and security forces ... killing at least 12": a toll of both. */
    private boolean withCivilians(List<Token> t, int k) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            if (vocab.notPersonnel.at(t, j) != null && (t.get(j).is("civilians") || t.get(j).is("people")
                    || t.get(j).is("residents"))) {
                return true;
            }
        }
        return false;
    }

    /** "... and the SDF has lost at least 89": a verb of what happened right before the number. */
    private boolean verbRightBefore(List<Token> t, Quantity q) {
        PhraseTable.Match<Vocabulary.MeasureWord> verb = vocab.measures.endingAt(t, q.from(), 3);
        return verb != null && verb.to() == q.from() && verb.value().measure() != Measure.DEPLOYED
                && verb.value().agent(); // "has lost 89" counts the subject's own; "rebels kill 7" counts others
    }

    /** "... killed and 19 others were injured", "19 more were killed", "5 were injured", "1,478 have surrendered": more of the personnel named before. */
    private boolean othersAfter(List<Token> t, Quantity q) {
        int k = q.to();
        if (k < t.size() && (t.get(k).is("others") || t.get(k).is("other") || t.get(k).is("more"))) {
            return true;
        }
        if (k + 1 >= t.size() || !(t.get(k).is("were") || t.get(k).is("had") || t.get(k).is("have") || t.get(k).is("has"))) {
            return false;
        }
        if (t.get(k + 1).is("been")) {
            return true;
        }
        PhraseTable.Match<Vocabulary.MeasureWord> fate = vocab.measures.at(t, k + 1);
        return fate != null && fate.value().measure() != Measure.DEPLOYED;
    }

    /** Prepositions of place after a count whose noun is left out: "and another five outside Kobane". */
    private static final Set<String> PLACE_AFTER = Set.of("in", "near", "around", "outside", "at", "inside", "on");

    /**
     * "30 jihadists were killed around Shadadi and another five outside Kobane", "40 soldiers were
     * killed in Kherson and 25 in Donetsk": a second count of the noun counted just before, the
     * noun left out, its place next.
     */
    private static boolean elidedNoun(List<Token> t, Quantity q, int noun) {
        int b = q.from() - 1;
        if (b >= 0 && t.get(b).is("another")) {
            b--;
        }
        if (b < 0 || !(t.get(b).is("and") || t.get(b).is(",")) || q.to() >= t.size()
                || !PLACE_AFTER.contains(t.get(q.to()).lower())) {
            return false;
        }
        for (int k = Math.max(0, noun - MAX_MODIFIERS - 1); k < noun; k++) {
            if (t.get(k).isNumber()) {
                return true; // the noun is itself counted: "30 jihadists"
            }
        }
        return false;
    }

    /** Whether the nearest count before {@code before} in the sentence counts personnel; true when there is none. */
    private boolean previousCountIsPersonnel(List<Token> t, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (vocab.isNumber(t.get(k))) {
                return headWithin(t, k + 1, MAX_MODIFIERS) != null;
            }
        }
        return true;
    }

    /** Whether the last number of a sentence counts personnel: "... there were 8,100 troops in the city." */
    private boolean lastCountIsPersonnel(List<Token> t) {
        for (int k = t.size() - 1; k >= 0; k--) {
            if (t.get(k).isNumber()) {
                return headWithin(t, k + 1, MAX_MODIFIERS) != null;
            }
        }
        return false;
    }

    /** "over 4,000 of them": a share of the personnel counted before. */
    private static boolean ofThem(List<Token> t, Quantity q) {
        return q.to() + 1 < t.size() && t.get(q.to()).is("of") && t.get(q.to() + 1).is("them");
    }

    /** "2,700 wounded fighting Ukrainian forces": a verb in -ing ends the phrase; the forces after it are others. */
    private static boolean gerundBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).lower().endsWith("ing") && t.get(k).lower().length() > 5 && !t.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A personnel noun that needs nothing, within {@code n} modifiers after {@code from}. */
    private PhraseTable.Match<Vocabulary.PersonnelNoun> headWithin(List<Token> t, int from, int n) {
        for (int k = from; k < Math.min(t.size(), from + n + 1); k++) {
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null && noun.value().needs().isEmpty()) {
                return noun;
            }
            if (!t.get(k).isWord() || vocab.isFunctionWord(t.get(k)) || vocab.notPersonnel.at(t, k) != null) {
                return null;
            }
        }
        return null;
    }

    private Personnel implied(ArticleText.Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        if (q.vague() || q.value() == null || q.value() < 2) {
            return null;
        }
        if (q.numFrom() > 0 && t.get(q.numFrom() - 1).isCapitalized() && q.numFrom() - 1 > 0
                && q.from() == q.numFrom() && vocab.measures.at(t, q.numFrom() - 1) == null) {
            return null; // a label: Article 5, Resolution 2231
        }
        boolean cue = false;
        for (int k = Math.max(0, q.from() - 4); k < q.from(); k++) {
            if (COUNT_CUES.contains(t.get(k).lower())) {
                cue = true;
            }
        }
        Personnel fate = null;
        for (int k = q.from() - 1; k >= 0; k--) {
            if (t.get(k).is(";") || (vocab.notPersonnel.at(t, k) != null && vocab.personnel.at(t, k) == null
                    && !TIME_UNITS.contains(t.get(k).lower()))) {
                break; // "the number of tests brought to 50,000": tests are counted, not the troops named before
            }
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null && !"strong".equals(noun.value().needs()) && !"adjacent".equals(noun.value().needs())
                    && noun.to() <= q.from() && !withCivilians(t, k)
                    && !(k > 0 && t.get(k - 1).is("civilian")) && (cue || q.value() >= 100 || othersAfter(t, q)
                    || verbRightBefore(t, q) || elidedNoun(t, q, k))) {
                boolean forced = noun.value().needs().isEmpty() || vocab.forces.lastIn(t, k - 3, k) != null;
                Personnel found = forced ? new Personnel(k, k, noun.to(), noun.value().measure(), false, true) : null;
                if (found != null && noun.value().measure() != null && !noun.value().needs().isEmpty()) {
                    // "soldiers were killed and three others wounded": "killed" says what happened, not who;
                    // a noun further back says who, else the fate is the count's ("Russian casualties have exceeded")
                    fate = fate == null ? found : fate;
                    continue;
                }
                if (found != null) {
                    return found;
                }
            }
        }
        if (fate != null) {
            return fate;
        }
        if (!cue && (ofThem(t, q) || othersAfter(t, q) && q.from() > 0 && t.get(q.from() - 1).is(","))) {
            // "... 8,100 troops in the city. Over 4,000 of them have been neutralised, 1,478 have surrendered";
            // not "Russian troops entered 3,620 settlements. 1,017 of them have been liberated"
            ArticleText.Sentence prev = s.article.previous(s);
            return prev != null && lastCountIsPersonnel(prev.tokens()) ? new Personnel(-1, -1, -1, null, false, true) : null;
        }
        if (cue) {
            ArticleText.Sentence prev = s.article.previous(s);
            if (prev != null) {
                List<Token> pt = prev.tokens();
                for (int k = 0; k < pt.size(); k++) {
                    PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(pt, k);
                    if (noun != null && noun.value().needs().isEmpty()) {
                        return new Personnel(-1, -1, -1, null, false, true);
                    }
                }
            }
        }
        return null;
    }
}

package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * What happened to the personnel a number counts. The noun may say it ("casualties",
 * "prisoners of war"); else the verb after the noun phrase within its clause ("were killed",
 * "have been killed or wounded"); else a verb just before the number ("killed at least 200");
 * else they are counted as deployed.
 */
final class MeasureResolver {

    private static final int WINDOW_AFTER = 14;
    private static final int WINDOW_BEFORE = 3;
    private static final int WINDOW_BEFORE_NOUN = 8;
    private static final int LIST_WINDOW = 16;
    /** Words after which a number continues a list rather than opening a count of its own. */
    private static final Set<String> LIST_WORDS = Set.of("and", "among", "of", "plus", "including", ",");
    /** Words that join the counts of a list. */
    private static final Set<String> LIST_JOINERS = Set.of("and", "well", "along", "plus", "including", "besides");
    /** Words that open a new clause, whose verbs say nothing about this number. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "which", "where", "when", "after", "while",
            "as", "because", "but", "since", "although", "though", "before", "until", "whereas", "following", "and");

    private final Vocabulary vocab;

    MeasureResolver(Vocabulary vocab) {
        this.vocab = vocab;
    }

    Measure resolve(List<Token> t, Quantity q, Personnel p) {
        if (q.from() > 0) {
            PhraseTable.Match<Vocabulary.MeasureWord> verb = vocab.measures.endingAt(t, q.from(), 3);
            if (verb != null && verb.to() == q.from() && verb.value().measure() != Measure.DEPLOYED && !verb.value().agent()
                    && (vocab.personnel.at(t, verb.from()) == null || !countBefore(t, verb.from()))) {
                // "had captured two wounded soldiers", "killed 23 militants and injured 18 others": the verb;
                // but in "12 soldiers killed, 5 wounded" the participle is the count before's
                return verb.value().measure();
            }
        }
        if (p != null && p.measure() != null) {
            return p.measure();
        }
        if (p != null && p.implied() && p.nounFrom() > 0) {
            for (int k = Math.max(0, p.nounFrom() - 3); k < p.nounFrom(); k++) {
                PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
                if (m != null && m.value().measure() != Measure.DEPLOYED && m.to() <= p.nounFrom()
                        && !numberIn(t, m.to(), p.nounFrom())) {
                    // "the number of killed Russian servicemen exceeds 12 thousand"; not "killed 17 servicemen
                    // and left three others wounded", where the verb is the first count's
                    return m.value().measure();
                }
            }
        }
        if (p != null && !p.implied()) {
            for (int k = Math.max(0, p.modFrom()); k < p.nounFrom(); k++) {
                PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
                if (m != null && m.value().measure() != Measure.DEPLOYED && m.to() <= p.nounFrom()) {
                    return m.value().measure(); // "40,000 of its lost troops", "12 dead soldiers"
                }
            }
        }
        int from = p != null && !p.implied() ? p.nounTo() : q.to();
        int end = Math.min(t.size(), from + WINDOW_AFTER);
        boolean relativeSeen = false;
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            PhraseTable.Match<String> name = vocab.forces.at(t, k);
            if (name != null && name.to() - k > 1) {
                end = Math.min(t.size(), end + (name.to() - k - 1));
                k = name.to() - 1; // "33 members of the Islamic State in Iraq and the Levant were killed": a name is one word
                continue;
            }
            if (tok.is(",") && k + 1 < t.size() && (INCLUDING.contains(t.get(k + 1).lower()))) {
                int close = Clauses.nextComma(t, k + 1, ASIDE_REACH);
                if (close > 0) {
                    end = Math.min(t.size(), end + (close - k));
                    k = close; // "Twelve soldiers, including an officer, were martyred", "four soldiers, having fought gallantly, embraced"
                    continue;
                }
            }
            if (tok.is(",") && k + 1 < t.size() && vocab.isNumber(t.get(k + 1)) && startsCount(t, k + 1)) {
                continue; // "35 militants, 12 soldiers killed": one verb for the list
            }
            if (tok.is("(")) {
                int close = closing(t, k);
                if (close > 0) {
                    end = Math.min(t.size(), end + (close - k));
                    k = close; // "24 Daesh terrorists (a group banned in Russia) were killed"
                    continue;
                }
            }
            int aside = asideEnd(t, k);
            if (aside > k) {
                end = Math.min(t.size(), end + (aside - k));
                k = aside; // "86 members of government forces - who include Hezbollah - were killed"
                continue;
            }
            if (vocab.isNumber(tok) && k > 0 && LIST_WORDS.contains(t.get(k - 1).lower())) {
                continue; // "45 militants and 20 Kurdish fighters had been killed", "among 48 people executed"
            }
            if (tok.is("and") && k > from && vocab.measures.at(t, k + 1) != null
                    && vocab.measures.at(t, k + 1).value().measure() != Measure.DEPLOYED) {
                continue; // "were rounded up and executed": the second verb is theirs too
            }
            if (tok.is("including") && k > from) {
                int aux = passiveAuxWithin(t, k + 1, INCLUDING_REACH);
                if (aux > 0) {
                    k = aux - 1; // "seven militants ... including commanders were killed"
                    continue;
                }
            }
            if (RELATIVE.contains(tok.lower()) && !relativeSeen) {
                relativeSeen = true;
                Measure passive = passiveInRelative(t, k, end);
                if (passive == Measure.DEPLOYED) {
                    break; // "fighters who killed five civilians": they did it, it was not done to them
                }
                if (passive != null) {
                    return passive; // "nine members who were working in the clinic were also killed"
                }
                if (k > from) {
                    break; // the relative clause says what they did, not what happened to them
                }
            }
            if (tok.isClauseBreak() || vocab.isNumber(tok) && startsCount(t, k) || ((k > from && !(tok.is("and") && nounAfter(t, k)) || tok.is("and") && !nounAfter(t, k)) && !(tok.is("and") && (forceAfter(t, k) || nameGoesOn(t, k)))
                    && CLAUSE_OPENERS.contains(tok.lower()) && !followsMeasure(t, k) && !coordinatedNumber(t, k))) {
                break;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED && !(k > 0 && t.get(k - 1).is("to"))) {
                if (k > from && countRightAfter(t, m.to()) && !passiveAt(t, k)) {
                    // "killed 40 civilians and 25 fighters and injured 110": the verb has a count of its own;
                    // not "50 troops were executed 19 more were killed", a passive that lost its comma
                    break;
                }
                return m.value().measure(); // not "an offensive to capture Gaza City": a purpose, not a fate
            }
        }
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - WINDOW_BEFORE); k--) {
            Token tok = t.get(k);
            if (tok.isClauseBreak()) {
                break;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED && m.to() <= q.from()) {
                return m.value().measure() == Measure.CASUALTIES && ownLoss(t, k) ? Measure.KILLED : m.value().measure();
            }
        }
        Measure asWere = asWereBefore(t, q);
        if (asWere != null) {
            return asWere;
        }
        Measure listVerb = listVerb(t, q);
        if (listVerb != null) {
            return listVerb;
        }
        Measure toll = tollBefore(t, q);
        if (toll != null) {
            return toll; // "brought the toll of soldiers killed in the offensive to 374"
        }
        // "bringing its total losses since the invasion to 600,870 troops"; a tally's verb
        // ("total Russian losses since the invasion in February 2022 had reached about 893,000")
        // lets its subject stand as far back as the clause begins
        int reach = tallyVerbBefore(t, q) ? TALLY_REACH : WINDOW_BEFORE_NOUN;
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - reach); k--) {
            if (t.get(k).isClauseBreak() && !(reach == TALLY_REACH && inDate(t, k))) {
                break; // but "total losses since February 24, 2022, had reached 1,154,000": the date's commas
            }
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null && noun.value().measure() != null && noun.to() <= q.from()) {
                return noun.value().measure();
            }
        }
        return lossesListed(t, q) ? Measure.CASUALTIES : Measure.DEPLOYED;
    }

    /**
     * A number in the list a sentence's "losses ...:" opens: "The total combat losses of the enemy
     * from 24.02.22 to 10.04.25 were approximately: personnel - about 933,350 (+1,230) persons".
     */
    private static boolean lossesListed(List<Token> t, Quantity q) {
        boolean colon = false;
        for (int k = q.from() - 1; k >= 0; k--) {
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return false;
            }
            colon |= t.get(k).is(":");
            if (colon && (t.get(k).is("losses") || t.get(k).is("loss"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SELF = Set.of("it", "they", "we");
    private static final Set<String> PERFECT = Set.of("had", "has", "have");
    /** How far back before "and lost" the "said it" of a force's own account may stand. */
    private static final int OWN_LOSS_REACH = 12;

    /**
     * Whether the "lost" at {@code k} is a force's account of its own dead: "the army said it had
     * lost 12 soldiers", "said it killed 45 assailants and lost 11 soldiers". A count of the enemy's
     * losses ("Russia lost 940 troops in the past day") counts its dead and wounded.
     */
    private boolean ownLoss(List<Token> t, int k) {
        if (!t.get(k).is("lost")) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && PERFECT.contains(t.get(j).lower())) {
            j--;
        }
        if (j >= 1 && SELF.contains(t.get(j).lower()) && vocab.reportingVerbs.endingAt(t, j, 1) != null) {
            return true;
        }
        if (j < 0 || !t.get(j).is("and")) {
            return false;
        }
        for (int i = j - 1; i >= Math.max(1, j - OWN_LOSS_REACH); i--) {
            if (t.get(i).isClauseBreak()) {
                return false;
            }
            if (SELF.contains(t.get(i).lower()) && vocab.reportingVerbs.endingAt(t, i, 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the comma at {@code k} sits in a date: "February 24, 2022," (after a month's day, or after a year). */
    private boolean inDate(List<Token> t, int k) {
        if (!t.get(k).is(",") || k < 1 || !t.get(k - 1).isNumber()) {
            return false;
        }
        String n = t.get(k - 1).text();
        boolean year = n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
        boolean day = n.length() <= 2 && k >= 2 && vocab.dateWords.at(t, k - 2) != null;
        return year || day;
    }

    /** Verbs that give a tally its figure: "losses ... had reached 893,000", "the toll rose to 40". */
    private static final Set<String> TALLY_VERBS = Set.of("reached", "reach", "reaches", "rose", "risen", "rises",
            "climbed", "exceeded", "exceeds", "surpassed", "topped", "stood", "stands", "totalled", "totaled", "hit", "amounted",
            "amounts", "totals");
    /** How far back a tally's subject may stand before its verb and number. */
    private static final int TALLY_REACH = 16;

    /** A tally verb within the three words before the number: "had reached about 893,000", "rose to 40". */
    private static boolean tallyVerbBefore(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - 3); k--) {
            if (TALLY_VERBS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How far before "to N" a toll may be named: "the toll of soldiers killed in the ground offensive ... to 374". */
    private static final int TOLL_REACH = 20;

    /**
     * "the toll ... to N", "a death toll of N": what the toll counts — the fate named between the toll
     * and the number ("the toll of soldiers wounded"), else the dead. Null when no toll is named.
     */
    private Measure tollBefore(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - TOLL_REACH); k--) {
            if (t.get(k).isClauseBreak() || vocab.isNumber(t.get(k))) {
                return null;
            }
            if (t.get(k).is("toll") || t.get(k).is("tolls")) {
                for (int j = k + 1; j < q.from(); j++) {
                    PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, j);
                    if (m != null && m.value().measure() != Measure.DEPLOYED) {
                        return m.value().measure();
                    }
                }
                PhraseTable.Match<Vocabulary.MeasureWord> before = k > 0 ? vocab.measures.at(t, k - 1) : null;
                return before != null && before.value().measure() != Measure.DEPLOYED ? before.value().measure() : Measure.KILLED;
            }
        }
        return null;
    }

    /**
     * The verb before a list that the number ends: "killed 15 civilians including women and
     * children as well as three fighters", "killed 30 regime fighters as well as 50 rebels".
     */
    private Measure listVerb(List<Token> t, Quantity q) {
        boolean joined = false;
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - LIST_WINDOW); k--) {
            Token tok = t.get(k);
            if (tok.isClauseBreak() && !tok.is(",") || vocab.reportingVerbs.at(t, k) != null) {
                return null;
            }
            if (LIST_JOINERS.contains(tok.lower()) || tok.is(",") && countEndsAt(t, k)) {
                joined = true; // "killed 15 civilians as well as three fighters", "the dead were 12 civilians, 15 soldiers"
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() == Measure.DEPLOYED && k > 0 && NOUN_MARKERS.contains(t.get(k - 1).lower())) {
                continue; // "killing a field commander of the group and eight more militants": a noun, not a verb
            }
            if (m != null && m.to() <= q.from()) {
                return joined && m.value().measure() != Measure.DEPLOYED ? m.value().measure() : null;
            }
        }
        return null;
    }

    /** Whether a count ends just before {@code comma}: a number within the few words before it ("12 civilians,"). */
    private boolean countEndsAt(List<Token> t, int comma) {
        for (int j = comma - 1; j >= Math.max(0, comma - 4); j--) {
            if (t.get(j).isClauseBreak()) {
                return false;
            }
            if (vocab.isNumber(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "90 civilians were wounded, as were seventeen from the Armed Forces": the fate of the clause
     * that "as were" answers, or null.
     */
    private Measure asWereBefore(List<Token> t, Quantity q) {
        int as = q.from() - 2;
        if (as < 1 || !t.get(as).is("as") || !PASSIVE_AUX.contains(t.get(as + 1).lower()) || !t.get(as - 1).is(",")) {
            return null;
        }
        for (int k = as - 2; k >= Math.max(0, as - LIST_WINDOW); k--) {
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return null;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED && m.to() <= as) {
                return m.value().measure();
            }
        }
        return null;
    }

    /** Words before a noun: a deployment verb's word after them is a noun ("a field commander", "the base"). */
    private static final Set<String> NOUN_MARKERS = Set.of("a", "an", "the", "its", "their", "his", "her");

    /** How far a ", including ..." aside may run to its closing comma. */
    private static final int ASIDE_REACH = 12;
    private static final Set<String> INCLUDING = Set.of("including", "among", "most", "mostly", "many", "all", "some",
            "having");

    /** The first "were"/"was"/"have been" within {@code reach} words from {@code from}, before any clause break; -1 if none. */
    private static int passiveAuxWithin(List<Token> t, int from, int reach) {
        for (int j = from; j < Math.min(t.size(), from + reach); j++) {
            if (t.get(j).isClauseBreak()) {
                return -1;
            }
            if (PASSIVE_AUX.contains(t.get(j).lower())) {
                return j;
            }
        }
        return -1;
    }

    private static final int INCLUDING_REACH = 5;

    /**
     * A participle that follows a count's number or its noun ("12 soldiers killed, 5 wounded", "12
     * dead") and so is that count's; not "the armed forces killed 15 terrorists", a verb.
     */
    private boolean countBefore(List<Token> t, int k) {
        if (k > 0 && vocab.isNumber(t.get(k - 1))) {
            return true;
        }
        if (k == 0 || vocab.personnel.at(t, k - 1) == null) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 4); j--) {
            if (vocab.isNumber(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static int closing(List<Token> t, int open) {
        for (int j = open + 1; j < Math.min(t.size(), open + 15); j++) {
            if (t.get(j).is(")")) {
                return j;
            }
        }
        return -1;
    }

    /** The closing dash of an aside opened by a spaced dash at {@code k}, or -1. */
    private static int asideEnd(List<Token> t, int k) {
        if (!isSpacedDash(t.get(k))) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 30); j++) {
            if (isSpacedDash(t.get(j))) {
                return j;
            }
            if (t.get(j).is(".") || t.get(j).is(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isSpacedDash(Token tok) {
        return (tok.is("-") || tok.is("—") || tok.is("–")) && tok.spaceBefore();
    }

    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final Set<String> PASSIVE_AUX = Set.of("were", "was", "been", "are", "is");

    /**
     * The fate of a count whose noun a relative clause follows: a verb of the count's own,
     * after the clause, in the passive ("who were working in the clinic were also killed"), or
     * DEPLOYED for an active one ("fighters who killed five civilians" are not killed), or null.
     */
    private Measure passiveInRelative(List<Token> t, int from, int end) {
        boolean passiveClause = false;
        for (int k = from + 2; k < Math.min(t.size(), from + 25); k++) {
            passiveClause |= PASSIVE_AUX.contains(t.get(k - 1).lower());
            if (t.get(k).is(".") || t.get(k).is(";") || !passiveClause && vocab.reportingVerbs.at(t, k) != null
                    || vocab.isNumber(t.get(k)) && startsCount(t, k)) {
                // "two officers who asked not to be named said eight soldiers were killed": the eight's fate;
                // not "70 terrorists who were later identified as ... were eliminated"
                return null;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                boolean passive = PASSIVE_AUX.contains(t.get(k - 1).lower())
                        || k >= 2 && t.get(k - 1).is("also") && PASSIVE_AUX.contains(t.get(k - 2).lower());
                return passive ? m.value().measure() : Measure.DEPLOYED;
            }
        }
        return null;
    }

    /** "jihadists from the Islamic State and Al-Nusra were killed": the "and" joins two names in the noun's phrase. */
    private boolean forceAfter(List<Token> t, int k) {
        return vocab.forces.at(t, k + 1) != null || k + 2 < t.size() && t.get(k + 1).is("the") && vocab.forces.at(t, k + 2) != null;
    }

    /** "the Islamic State in Iraq and Levant", "from Tunisia and the Arab Republic of Egypt": an "and" inside a name or a list of names. */
    private static boolean nameGoesOn(List<Token> t, int k) {
        int j = k + 1 < t.size() && t.get(k + 1).is("the") ? k + 2 : k + 1;
        return k > 0 && j < t.size() && t.get(k - 1).isCapitalized() && t.get(k - 1).isWord()
                && t.get(j).isCapitalized() && t.get(j).isWord();
    }

    /** "soldiers and officers died", "government forces and its allies ... were killed": the "and" joins a second noun to the count, not a clause. */
    private boolean nounAfter(List<Token> t, int k) {
        int j = k + 1;
        while (j < t.size() && j - k <= 2 && DETERMINERS.contains(t.get(j).lower())) {
            j++;
        }
        return j < t.size() && (vocab.personnel.at(t, j) != null || t.get(j).is("allies"));
    }

    private static final Set<String> DETERMINERS = Set.of("its", "their", "the", "allied", "other");

    /** Whether the number at {@code k} opens a count of personnel of its own, whose verb is its own. */
    private boolean startsCount(List<Token> t, int k) {
        for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) {
            if (vocab.personnel.at(t, j) != null) {
                return true;
            }
            if (vocab.notPersonnel.at(t, j) != null || t.get(j).isClauseBreak()) {
                return false;
            }
        }
        return false;
    }

    /** A participle after a passive auxiliary, maybe with an adverb between: "were killed", "were summarily executed". */
    static boolean passiveAt(List<Token> t, int k) {
        int aux = k - 1;
        if (aux > 0 && (t.get(aux).lower().endsWith("ly") || t.get(aux).is("also"))) {
            aux--;
        }
        return aux >= 0 && PASSIVE_AUX.contains(t.get(aux).lower());
    }

    /** A number right after {@code k}, or after a qualifier: "injured 110", "wounding at least 20". */
    private boolean countRightAfter(List<Token> t, int k) {
        PhraseTable.Match<Qualifier> qualifier = k < t.size() ? vocab.qualifiersBefore.at(t, k) : null;
        int at = qualifier != null ? qualifier.to() : k;
        return at < t.size() && vocab.isNumber(t.get(at));
    }

    private boolean numberIn(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (vocab.isNumber(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when a verb before the number says what happened ("killed 200 soldiers"): its subject did it to them. */
    boolean saidBefore(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - WINDOW_BEFORE); k--) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                return true;
            }
        }
        return false;
    }

    /** Where "killed" in "killed 175", "captured at least 40" starts: a verb of what happened right before the number; -1 if none. */
    int fateVerbRightBefore(List<Token> t, Quantity q) {
        int end = q.from() > 0 && t.get(q.from() - 1).is("all") ? q.from() - 1 : q.from(); // "killing all 33 militants"
        PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.endingAt(t, end, 2);
        return m != null && m.to() == end && m.value().measure() != Measure.DEPLOYED && !m.value().agent()
                && m.from() > 0 && !t.get(m.from() - 1).is("the") ? m.from() : -1;
    }

    /** True when a verb before the number says someone else did it to them ("RSF captured 150 soldiers"), not "lost". */
    boolean doneToThemBefore(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - WINDOW_BEFORE); k--) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED && !m.value().agent()
                    && vocab.personnel.at(t, k) == null && m.to() == q.from()) {
                return true; // a verb governing the number ("captured 150"), not a noun ("losses have reached")
            }
        }
        return false;
    }

    /** "and" opening a second count of the same list: "45 militants and 20 fighters were killed". */
    private boolean coordinatedNumber(List<Token> t, int k) {
        return t.get(k).is("and") && k + 1 < t.size() && (vocab.isNumber(t.get(k + 1))
                || vocab.qualifiersBefore.at(t, k + 1) != null);
    }

    /** "killed and wounded": an "and" inside a measure phrase does not open a clause. */
    private boolean followsMeasure(List<Token> t, int k) {
        return k > 0 && vocab.measures.at(t, k - 1) != null && vocab.measures.at(t, k - 1).to() > k;
    }
}

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
    /** Words that open a new clause, whose verbs say nothing about this number. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "which", "where", "when", "after", "while",
            "as", "because", "but", "since", "although", "though", "before", "until", "whereas", "following", "and");

    private final Vocabulary vocab;

    MeasureResolver(Vocabulary vocab) {
        this.vocab = vocab;
    }

    Measure resolve(List<Token> t, Quantity q, Personnel p) {
        if (p != null && p.measure() != null) {
            return p.measure();
        }
        int from = p != null && !p.implied() ? p.nounTo() : q.to();
        for (int k = from; k < Math.min(t.size(), from + WINDOW_AFTER); k++) {
            Token tok = t.get(k);
            if (tok.isNumber() && k > 0 && t.get(k - 1).is("and")) {
                continue; // "45 Islamic State militants and 20 Kurdish fighters had been killed": one verb for both
            }
            if (tok.isClauseBreak() || tok.isNumber() || (k > from && CLAUSE_OPENERS.contains(tok.lower())
                    && !followsMeasure(t, k) && !coordinatedNumber(t, k))) {
                break;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                return m.value().measure();
            }
        }
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - WINDOW_BEFORE); k--) {
            Token tok = t.get(k);
            if (tok.isClauseBreak()) {
                break;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED && m.to() <= q.from()) {
                return m.value().measure();
            }
        }
        // "bringing its total losses since the invasion to 600,870 troops"
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - WINDOW_BEFORE_NOUN); k--) {
            if (t.get(k).isClauseBreak()) {
                break;
            }
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null && noun.value().measure() != null && noun.to() <= q.from()) {
                return noun.value().measure();
            }
        }
        return Measure.DEPLOYED;
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
    private static boolean coordinatedNumber(List<Token> t, int k) {
        return t.get(k).is("and") && k + 1 < t.size() && t.get(k + 1).isNumber();
    }

    /** "killed and wounded": an "and" inside a measure phrase does not open a clause. */
    private boolean followsMeasure(List<Token> t, int k) {
        return k > 0 && vocab.measures.at(t, k - 1) != null && vocab.measures.at(t, k - 1).to() > k;
    }
}

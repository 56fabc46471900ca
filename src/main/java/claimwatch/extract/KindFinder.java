package claimwatch.extract;

import java.util.List;

/**
 * Whether a figure is a total, an increment, a plan or a recalled figure, from the cues of
 * {@code kinds.txt} around it: just before the number ("another 1,000", "up from 3,000"), anywhere
 * before it in its clause ("plans to send 5,000"), or between the number and its noun or within ten words
 * after the noun ("3,000 additional troops", "2,000 more troops",
 * "in the past 24 hours"). The nearest cue decides; none means a total.
 */
final class KindFinder {

    private static final int BEFORE = 3;
    private static final int CLAUSE = 12;
    private static final int AFTER = 10;
    /** Words between a cue and its number: "up from an earlier estimate of 3,000". */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("an", "a", "the", "estimate", "estimated",
            "earlier", "of", "previous", "initial", "figure", "peak");

    private final Vocabulary vocab;

    KindFinder(Vocabulary vocab) {
        this.vocab = vocab;
    }

    Kind find(List<Token> t, Quantity q, Personnel p, Measure measure) {
        if (measure != Measure.DEPLOYED && partOfListedToll(t, q)) {
            return Kind.TOTAL; // "50 troops were executed, 19 more were killed": parts of one toll, not an increment
        }
        if (q.numFrom() >= 2 && t.get(q.numFrom() - 1).is("+") && t.get(q.numFrom() - 2).is("(")) {
            return Kind.INCREMENT; // "personnel - about 933,350 (+1,230) persons": the day's addition
        }
        if (changeStart(t, q)) {
            // "will rise from 900 to 1,600": the 900 there are now; "rose from 3,000 to 9,000": the 3,000 there were
            return plannedInClause(t, q) ? Kind.TOTAL : Kind.RECALLED;
        }
        int after = p != null && !p.implied() && p.nounTo() > q.to() ? p.nounTo() : q.to();
        int fillers = 0;
        for (int k = q.numFrom() - 1; k >= Math.max(0, q.from() - BEFORE - fillers); k--) { // "compared with more than 300,000"
            if (t.get(k).isClauseBreak()) {
                break;
            }
            PhraseTable.Match<Kind> cue = vocab.kindsBefore.at(t, k);
            if (cue != null && cue.to() <= q.numFrom() && isBefore(cue)) {
                // "another 600 will be sent", "a further 2,000 troops are expected to arrive": more to come is a plan
                return cue.value() == Kind.INCREMENT && toCome(t, q, after, measure) ? Kind.PLANNED : cue.value();
            }
            if (FILLERS.contains(t.get(k).lower()) && fillers < 3) {
                fillers++; // "up from an estimate of 3,000"
            }
        }
        if (after > q.to() && t.get(q.to()).is("more") && !(q.to() + 1 < t.size() && t.get(q.to() + 1).is("than"))) {
            // "Four more ISIS terrorists were killed"; "1,000 more soldiers will arrive" is a plan
            return toCome(t, q, after, measure) ? Kind.PLANNED : Kind.INCREMENT;
        }
        for (int k = q.to(); k < Math.min(t.size(), after + AFTER); k++) {
            if (t.get(k).isClauseBreak() || t.get(k).isNumber()) {
                break;
            }
            PhraseTable.Match<Kind> cue = vocab.kindsAfter.at(t, k);
            if (cue != null && (cue.value() == Kind.INCREMENT || measure == Measure.DEPLOYED)
                    && !(cue.phrase().equals("today") && measure == Measure.DEPLOYED)) {
                return cue.value() == Kind.INCREMENT && k < after && plannedInClause(t, q) ? Kind.PLANNED // "would deploy 1,500 additional troops"
                        : cue.value(); // "1,500 soldiers landing earlier in October"; "killed today" is the day's toll
            }
        }
        if (recentSpanAfter(t, after) || recentSpanBefore(t, q.from())) {
            return Kind.INCREMENT; // "over the past three days", "in the last 48 hours", "during the last week"
        }
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - CLAUSE); k--) {
            if (t.get(k).isClauseBreak()) {
                break;
            }
            PhraseTable.Match<Kind> cue = vocab.kindsBefore.at(t, k);
            if (cue != null && cue.to() <= q.from() && !isBefore(cue)) {
                return cue.value();
            }
        }
        for (int k = 0; k < Math.min(2, q.from()); k++) {
            PhraseTable.Match<Kind> cue = vocab.kindsBefore.at(t, k);
            if (cue != null && !isBefore(cue) && cue.value() == Kind.RECALLED) {
                return cue.value(); // "At the height of the war, the army had mobilised 300,000"
            }
        }
        return Kind.TOTAL;
    }

    /** The first figure of a change, "from N to M": a number after "from" with "to" and a number after it. */
    private boolean changeStart(List<Token> t, Quantity q) {
        return q.numFrom() > 0 && t.get(q.numFrom() - 1).is("from") && q.to() + 1 < t.size() && t.get(q.to()).is("to")
                && vocab.isNumber(t.get(q.to() + 1));
    }

    /** Whether more personnel are still to come: a plan named before the number in its clause, or after its noun. */
    private boolean toCome(List<Token> t, Quantity q, int after, Measure measure) {
        return plannedInClause(t, q) || plannedAfter(t, after, measure);
    }

    /** A plan named after the count's noun, in its clause: "1,000 more soldiers will arrive this year". */
    private boolean plannedAfter(List<Token> t, int after, Measure measure) {
        for (int k = after; k < Math.min(t.size(), after + AFTER) && measure == Measure.DEPLOYED; k++) {
            if (t.get(k).isClauseBreak() || t.get(k).isNumber()) {
                return false;
            }
            PhraseTable.Match<Kind> cue = vocab.kindsAfter.at(t, k);
            if (cue != null && cue.value() == Kind.PLANNED) {
                return true;
            }
        }
        return false;
    }

    /** "would deploy another 600 officers", "is preparing to dispatch another 3,000": more to come is a plan. */
    private boolean plannedInClause(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - CLAUSE); k--) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            PhraseTable.Match<Kind> cue = vocab.kindsBefore.at(t, k);
            if (cue != null && cue.to() <= q.from() && !isBefore(cue) && cue.value() == Kind.PLANNED) {
                return true;
            }
        }
        return false;
    }

    /**
     * "30 jihadists were killed around Shadadi and another five outside Kobane", "50 troops were
     * executed, 19 more were killed": "another" or "more" after an earlier count in the same sentence.
     */
    private boolean partOfListedToll(List<Token> t, Quantity q) {
        boolean another = q.numFrom() >= 2 && t.get(q.numFrom() - 1).is("another")
                && (t.get(q.numFrom() - 2).is("and") || t.get(q.numFrom() - 2).is(","));
        boolean more = q.to() + 1 < t.size() && t.get(q.to()).is("more") && t.get(q.to() + 1).isWord()
                && !t.get(q.to() + 1).is("than") && vocab.personnel.at(t, q.to() + 1) == null;
        return (another || more) && numberBetween(t, 0, q.from());
    }

    private static final java.util.Set<String> SPAN_PREPOSITIONS = java.util.Set.of("in", "over", "during", "within");
    /** How far after a count its period may be named: "lost over 100 militants in the battle ... during the last five days". */
    private static final int SPAN_REACH = 25;
    private static final java.util.Set<String> RECENT = java.util.Set.of("past", "last", "previous");
    private static final java.util.Set<String> UNITS = java.util.Set.of("hours", "hour", "days", "day", "week", "weeks",
            "month", "months");

    /**
     * "(in|over|during) the (past|last) [three|48|few] (hours|days|week)" or "in five days" in the count's
     * sentence after it, up to {@link #SPAN_REACH} words.
     */
    private boolean recentSpanAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size() - 3, from + SPAN_REACH); k++) {
            if (t.get(k).is(".") || t.get(k).is(";") || k > from && t.get(k).isNumber() && subCount(t, k)) {
                return false; // "... 2,000 fighters since October, including some 250 in the past week": that one's
            }
            if (recentSpanUnit(t, k, t.size()) > 0) {
                return true;
            }
            if (SPAN_PREPOSITIONS.contains(t.get(k).lower()) && vocab.isNumber(t.get(k + 1)) && UNITS.contains(t.get(k + 2).lower())) {
                return true; // "lost over a hundred militants in five days"
            }
        }
        return false;
    }

    /**
     * The same period earlier in the count's clause, with no other count between: "repelled seven
     * attacks in the last 10 days, killing over 2,200 militants".
     */
    private boolean recentSpanBefore(List<Token> t, int to) {
        for (int k = to - 1; k >= Math.max(0, to - SPAN_REACH); k--) {
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return false;
            }
            int unit = recentSpanUnit(t, k, to);
            if (unit > 0) {
                return !numberBetween(t, unit + 1, to);
            }
        }
        return false;
    }

    /** Words before a number that make it the whole war's tally: "total Russian losses since the invasion had reached". */
    private static final java.util.Set<String> CUMULATIVE = java.util.Set.of("total", "overall", "cumulative", "since",
            "course", "throughout", "altogether", "bringing"); // "over the course of the operation", "bringing the toll to 412"

    /**
     * Whether the number's clause, before it, says it counts the whole span ("total losses",
     * "since the invasion"), so a period named in a sentence before does not make it an increment.
     */
    boolean cumulative(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= 0 && !t.get(k).is(";") && !t.get(k).is("."); k--) {
            if (CUMULATIVE.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a recent period: "over the past 24 hours", "during the last week". */
    boolean namesRecentPeriod(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (recentSpanUnit(t, k, t.size()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Where "(in|over|during) the (past|last) [three|48|few] (hours|days|week)" starting at {@code k} names its unit, before {@code end}; -1 if it does not start there. */
    private static int recentSpanUnit(List<Token> t, int k, int end) {
        if (k + 2 >= end || !SPAN_PREPOSITIONS.contains(t.get(k).lower())) {
            return -1;
        }
        int recent = t.get(k + 1).is("the") ? k + 2 : k + 1; // "in the past day", or a headline's "in past day"
        if (recent >= end || !RECENT.contains(t.get(recent).lower())) {
            return -1;
        }
        for (int u = recent + 1; u < Math.min(end, recent + 4); u++) {
            if (UNITS.contains(t.get(u).lower())) {
                return u;
            }
        }
        return -1;
    }

    private boolean numberBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (vocab.isNumber(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A number that counts part of the count before: "..., including some 250", "among them 40"; not "120 IS fighters and 60 mercenaries". */
    private static boolean subCount(List<Token> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (SUB_COUNT_CUES.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUB_COUNT_CUES = java.util.Set.of("including", "among", "them", ",");

    private boolean isBefore(PhraseTable.Match<Kind> cue) {
        return vocab.kindsNextToNumber.contains(cue.phrase());
    }
}

package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads the name of a speaker around a reporting verb: walking left from "said" over
 * capitalised words, titles and an appositive ("Deputy U.S. Ambassador to the U.N., Dorothy
 * Camille Shea, informed"), or right after an inverted verb ("said Ambassador Hwang").
 */
final class SpeakerPhrase {

    /** Words between a subject and its reporting verb. */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "also",
            "recently", "previously", "publicly", "reportedly", "already", "earlier", "repeatedly", "further",
            "similarly", "now", "then", "separately", "later", "first", "would", "will", "been", "once", "again");
    private static final Set<String> INNER = Set.of("'s", "of", "the", "to", "and", "for", "-");
    /** What an institution issues, named between it and the verb: "a ministry statement said". */
    static final Set<String> STATEMENTS = Set.of("statement", "communique", "communiqu\u00e9", "release",
            "bulletin", "notice", "summary", "update", "briefing");

    private final Vocabulary vocab;

    SpeakerPhrase(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** Tokens {@code [from, to)} naming the subject of the verb at {@code verb}; from == to when none. */
    int[] left(List<Token> t, int verb, int limit) {
        int k = verb - 1;
        int acronym = -1;
        if (k - 2 >= limit && t.get(k).is(")") && t.get(k - 2).is("(")) {
            acronym = k - 1;
            k -= 3; // "The Rapid Support Forces (RSF) said": the acronym restates the name
        }
        int aside = k >= limit && t.get(k).is(",") ? relativeAsideOpening(t, k, limit) : -1;
        if (aside > limit) {
            k = aside - 1; // "Russia, which has some 2,000 peacekeepers in the region, said": Russia
        }
        while (k >= limit && (AUXILIARIES.contains(t.get(k).lower()) || t.get(k).lower().endsWith("ly"))
                && !t.get(k).isCapitalized()) {
            k--;
        }
        if (k - 1 >= limit && STATEMENTS.contains(t.get(k).lower()) && !t.get(k - 1).isPunct()
                && isNamePart(t.get(k - 1)) && !INNER.contains(t.get(k - 1).lower())) {
            k--; // "a ministry communique said", "a Pentagon statement said": the institution speaks
        }
        int end = k + 1;
        if (k >= limit && t.get(k).is(",")) {
            // an appositive: "..., Dorothy Camille Shea, informed"
            int n = k - 1;
            while (n >= limit && (t.get(n).isCapitalized() || t.get(n).is("the") || t.get(n).lower().indexOf('.') > 0)) {
                n--;
            }
            int role = n < k - 1 ? -1 : roleAppositive(t, k, limit);
            if (n < k - 1 && n >= limit && t.get(n).is(",")) {
                end = k;
                k = n - 1;
            } else if (role > limit) {
                end = k; // "Hamdullah Naseri, a Taliban government spokesman, told": the name and the role that gives its side
                k = role - 1;
            } else {
                return new int[] {verb, verb};
            }
        }
        int start = k + 1;
        while (k >= limit && (isNamePart(t.get(k)) || hyphenatedTail(t, k) || possessedForces(t, k)
                || k - 3 >= limit && t.get(k).is(")") && t.get(k - 2).is("(") && isNamePart(t.get(k - 3))
                && k + 1 < t.size() && t.get(k + 1).isWord() && vocab.speakerTitles.contains(t.get(k + 1).lower()))) {
            if (t.get(k).is(")")) {
                k -= 3; // "a Uganda People's Defence Forces (UPDF) spokesman": the acronym restates the name (not "(Reuters) -")
                continue;
            }
            k--;
            if (!INNER.contains(t.get(k + 1).lower())) {
                start = k + 1;
            }
        }
        while (start < end && INNER.contains(t.get(start).lower())) {
            start++;
        }
        if (acronym >= 0 && vocab.forces.at(t, acronym) != null && vocab.forces.firstIn(t, start, end) == null) {
            return new int[] {acronym, acronym + 1}; // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) says": JNIM
        }
        return start < end ? new int[] {start, end} : new int[] {verb, verb};
    }

    /**
     * The comma before an appositive that gives a speaker's role, ", a Taliban government spokesman,",
     * which closes at {@code close} and follows a capitalised name; -1 when there is none.
     */
    private int roleAppositive(List<Token> t, int close, int limit) {
        boolean title = false;
        for (int j = close - 1; j > Math.max(limit, close - 8); j--) {
            if (t.get(j).is(",")) {
                boolean opens = j + 1 < close && (t.get(j + 1).is("a") || t.get(j + 1).is("an") || t.get(j + 1).is("the"));
                return opens && title && j - 1 >= limit && t.get(j - 1).isCapitalized() ? j : -1;
            }
            if (t.get(j).isClauseBreak()) {
                return -1;
            }
            title |= vocab.speakerTitles.contains(t.get(j).lower()) && t.get(j).isWord() && !INNER.contains(t.get(j).lower());
        }
        return -1;
    }

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose");
    private static final Set<String> ASIDE_PREPOSITIONS = Set.of("in", "on", "at", "for", "after", "citing", "quoting",
            "speaking", "reached", "asked", "writing", "responding", "according");

    /**
     * The first word of an aside between a speaker and its verb: "X, which has ..., said", "X, in its
     * daily update, said", "X, reached by telephone, said", "X, speaking on condition of anonymity, said".
     */
    private static boolean opensAside(Token first) {
        String w = first.lower();
        return RELATIVES.contains(w) || ASIDE_PREPOSITIONS.contains(w);
    }
    /** How far back a relative aside before a reporting verb may open: "X, which has ..., said". */
    private static final int ASIDE_REACH = 30;

    /** The comma opening ", which ...," whose closing comma is at {@code close}, or -1. */
    private static int relativeAsideOpening(List<Token> t, int close, int limit) {
        for (int j = close - 1; j > Math.max(limit, close - ASIDE_REACH); j--) {
            if (t.get(j).is(".") || t.get(j).is(";") || t.get(j).is(":")) {
                return -1;
            }
            if (t.get(j).is(",")) {
                return j + 1 < close && j > limit && t.get(j - 1).isWord() && opensAside(t.get(j + 1)) ? j : -1;
            }
        }
        return -1;
    }

    /** Tokens naming the speaker after an inverted verb ("said Ambassador Hwang"). */
    int[] right(List<Token> t, int from) {
        int k = from;
        int end = from;
        while (k < t.size() && !t.get(k).isNumber() && (isNamePart(t.get(k)) || (t.get(k).is("in") || t.get(k).is("at"))
                && k + 1 < t.size() && (t.get(k + 1).isCapitalized() || t.get(k + 1).is("the")))) {
            if (!INNER.contains(t.get(k).lower()) && !t.get(k).is("in") && !t.get(k).is("at")) {
                end = k + 1;
            }
            k++;
        }
        int start = from;
        while (start < end && (INNER.contains(t.get(start).lower()))) {
            start++;
        }
        return new int[] {start, end};
    }

    /** "the General Staff of Ukraine's armed forces said": "armed forces" owned by a named state. */
    private static boolean possessedForces(List<Token> t, int k) {
        String w = t.get(k).lower();
        if (w.equals("forces") && k >= 2 && t.get(k - 1).is("armed") && t.get(k - 2).is("'s")) {
            return true;
        }
        return w.equals("armed") && k >= 1 && t.get(k - 1).is("'s") && k + 1 < t.size() && t.get(k + 1).is("forces");
    }

    /** "Seong-kweun", "Al-bashir": the lower-case half of a hyphenated name. */
    private static boolean hyphenatedTail(List<Token> t, int k) {
        return k >= 2 && t.get(k).isWord() && t.get(k - 1).is("-") && !t.get(k - 1).spaceBefore() && !t.get(k).spaceBefore()
                && t.get(k - 2).isCapitalized();
    }

    private boolean isNamePart(Token tok) {
        if (tok.isCapitalized() || tok.lower().indexOf('.') > 0 || INNER.contains(tok.lower())) {
            return true;
        }
        return tok.isWord() && (vocab.speakerTitles.contains(tok.lower()) || vocab.unnamedSpeakers.contains(tok.lower()))
                && !vocab.isFunctionWord(tok) || tok.isNumber();
    }
}

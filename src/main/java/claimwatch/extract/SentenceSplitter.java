package claimwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one paragraph (a line of the article) into sentences by character, without
 * tokenising: full stops after listed abbreviations ("Gen.", "Oct. 8") and initials do not end
 * a sentence, a missing space after a full stop does ("Oct. 8.In a statement"), and a dotted
 * abbreviation ("U.S.") ends one only before a word that usually starts a sentence.
 */
final class SentenceSplitter {

    /** Words that, after "U.S." and a space, show the full stop also ended the sentence. */
    private static final WordTable SENTENCE_STARTERS = new WordTable(Set.of("the", "a", "an", "in", "it", "he", "she", "they",
            "we", "i", "but", "and", "this", "that", "these", "those", "on", "at", "for", "his", "her", "its",
            "their", "there", "however", "meanwhile", "if", "as", "while", "when", "after", "before", "some", "many"));

    record Span(int start, int end) {
    }

    private final WordTable abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = new WordTable(abbreviations);
    }

    List<Span> split(char[] s, int from, int to) {
        List<Span> out = new ArrayList<>(4);
        int start = skipSpace(s, from, to);
        for (int i = start; i < to; i++) {
            char c = s[i];
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && isCloser(s[j])) {
                j++;
            }
            int k = skipSpace(s, j, to);
            if (k >= to) {
                break;
            }
            boolean spaced = k > j;
            if (c == '.' ? endsAtFullStop(s, from, i, spaced, k, to) : !Chars.isLower(s[k])) {
                out.add(new Span(start, j));
                start = k;
                i = k - 1;
            }
        }
        int end = to;
        while (end > start && Chars.isSpace(s[end - 1])) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
        return out;
    }

    private boolean endsAtFullStop(char[] s, int from, int dot, boolean spaced, int next, int to) {
        char n = s[next];
        int w = dot;
        while (w > from && (Chars.isLetterOrDigit(s[w - 1]) || s[w - 1] == '.')) {
            w--;
        }
        boolean dotted = false;
        for (int k = w; k < dot; k++) {
            dotted |= s[k] == '.';
        }
        boolean abbreviation = dot > w && abbreviations.contains(s, w, dot);
        if (!spaced) {
            char p = dot > from ? s[dot - 1] : ' ';
            return Chars.isUpper(n) && (Chars.isLower(p) || Chars.isDigit(p)) && !dotted && !abbreviation;
        }
        if (Chars.isLower(n)) {
            return false;
        }
        if (dot - w == 1 && Chars.isUpper(s[w])) {
            return false; // an initial
        }
        if (abbreviation) {
            return false;
        }
        if (dotted) {
            int e = next;
            while (e < to && Chars.isLetter(s[e])) {
                e++;
            }
            return e > next && SENTENCE_STARTERS.contains(s, next, e);
        }
        return true;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\'' || c == ']';
    }

    private static int skipSpace(char[] s, int i, int to) {
        while (i < to && Chars.isSpace(s[i])) {
            i++;
        }
        return i;
    }
}

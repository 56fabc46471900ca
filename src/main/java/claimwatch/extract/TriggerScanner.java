package claimwatch.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * The one pass over a whole article: finds where a digit or a number word ("six", "dozen",
 * "thousands") starts, without allocating, so that only sentences holding one are read
 * closely.
 */
final class TriggerScanner {

    private final WordTable numberWords;

    TriggerScanner(Set<String> words) {
        this.numberWords = new WordTable(words);
    }

    /** Offsets where a number (digit or number word) starts, in order. */
    int[] scan(char[] s) {
        int[] hits = new int[16];
        int n = 0;
        int len = s.length;
        int i = 0;
        while (i < len) {
            int kind = WordTable.kind(s[i]);
            if (kind == WordTable.OTHER) {
                i++;
                continue;
            }
            int j = i + 1;
            if (kind == WordTable.DIGIT) {
                while (j < len && isDigitOrSep(s[j])) {
                    j++;
                }
            } else {
                while (j < len && WordTable.isLetter(s[j])) {
                    j++;
                }
            }
            if (kind == WordTable.DIGIT || numberWords.contains(s, i, j)) {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, n * 2);
                }
                hits[n++] = i;
            }
            i = j;
        }
        return Arrays.copyOf(hits, n);
    }

    private static boolean isDigitOrSep(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }
}

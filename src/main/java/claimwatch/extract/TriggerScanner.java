package claimwatch.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The one pass over a whole article: finds where a digit or a number word ("six", "dozen",
 * "thousands") starts, without allocating, so that only sentences holding one are read
 * closely. Number words are looked up in a small open-addressing table by a case-blind hash.
 */
final class TriggerScanner {

    private final char[][] table;
    private final int mask;
    private final int maxLength;
    /**
     * Which (first letter, second letter, length) a number word has, so that almost every other
     * word is passed over without hashing: "the" shares its start with "thousand", not its length.
     */
    private final boolean[] shapes = new boolean[27 * 27 * 16];

    TriggerScanner(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 1;
        table = new char[size][];
        mask = size - 1;
        int longest = 0;
        for (String w : words) {
            char[] cs = w.toLowerCase(Locale.ROOT).toCharArray();
            if (cs.length > 0) {
                shapes[shape(cs[0], cs.length > 1 ? cs[1] : ' ', cs.length)] = true;
            }
            longest = Math.max(longest, cs.length);
            int h = hash(cs, 0, cs.length) & mask;
            while (table[h] != null && !Arrays.equals(table[h], cs)) {
                h = (h + 1) & mask;
            }
            table[h] = cs;
        }
        maxLength = longest;
    }

    /** Offsets where a number (digit or number word) starts, in order. */
    int[] scan(char[] s) {
        int[] hits = new int[16];
        int n = 0;
        int len = s.length;
        int i = 0;
        while (i < len) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, n * 2);
                }
                hits[n++] = i;
                i++;
                while (i < len && (isDigitOrSep(s[i]))) {
                    i++;
                }
            } else if (Chars.isLetter(c)) {
                int j = i + 1;
                while (j < len && Chars.isLetter(s[j])) {
                    j++;
                }
                if (j - i <= maxLength && shapes[shape(c, j - i > 1 ? s[i + 1] : ' ', j - i)] && contains(s, i, j)) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, n * 2);
                    }
                    hits[n++] = i;
                }
                i = j;
            } else {
                i++;
            }
        }
        return Arrays.copyOf(hits, n);
    }

    /** Index of a word's shape; letters outside a-z share one slot, lengths past 15 another. */
    private static int shape(char first, char second, int length) {
        return (letter(first) * 27 + letter(second)) * 16 + Math.min(length, 15);
    }

    private static int letter(char c) {
        char l = Chars.toLower(c);
        return l >= 'a' && l <= 'z' ? l - 'a' : 26;
    }

    private boolean contains(char[] s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + Chars.toLower(s[k]);
        }
        h = mix(h) & mask;
        for (char[] w = table[h]; w != null; w = table[h = (h + 1) & mask]) {
            if (w.length == to - from && sameIgnoringCase(w, s, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(char[] w, char[] s, int from) {
        for (int k = 0; k < w.length; k++) {
            if (w[k] != Chars.toLower(s[from + k])) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] cs, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + cs[k];
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean isDigitOrSep(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }
}

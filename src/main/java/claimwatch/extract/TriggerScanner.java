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

    TriggerScanner(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 1;
        table = new char[size][];
        mask = size - 1;
        int longest = 0;
        for (String w : words) {
            char[] cs = w.toLowerCase(Locale.ROOT).toCharArray();
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
    int[] scan(String s) {
        int[] hits = new int[16];
        int n = 0;
        int len = s.length();
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (n == hits.length) {
                    hits = Arrays.copyOf(hits, n * 2);
                }
                hits[n++] = i;
                i++;
                while (i < len && (isDigitOrSep(s.charAt(i)))) {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < len && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                if (j - i <= maxLength && contains(s, i, j)) {
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

    private boolean contains(String s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + Character.toLowerCase(s.charAt(k));
        }
        h = mix(h) & mask;
        for (char[] w = table[h]; w != null; w = table[h = (h + 1) & mask]) {
            if (w.length == to - from && sameIgnoringCase(w, s, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(char[] w, String s, int from) {
        for (int k = 0; k < w.length; k++) {
            if (w[k] != Character.toLowerCase(s.charAt(from + k))) {
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

package claimwatch.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A set of single words looked up straight from a char array, case-blind and without
 * allocating: an open-addressing table of the words, behind a filter on (first letter, second
 * letter, length) that passes over almost every other word unhashed ("the" shares its start
 * with "thousand", not its length). The whole-text scans use it for every word they meet.
 */
final class WordTable {

    static final byte OTHER = 0;
    static final byte LETTER = 1;
    static final byte DIGIT = 2;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LETTER;
            ASCII[c - 32] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
    }

    private final char[][] table;
    private final int mask;
    private final int maxLength;
    private final boolean[] shapes = new boolean[27 * 27 * 16];

    WordTable(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 1;
        table = new char[size][];
        mask = size - 1;
        int longest = 0;
        for (String w : words) {
            char[] cs = w.toLowerCase(Locale.ROOT).toCharArray();
            if (cs.length == 0) {
                continue;
            }
            shapes[shape(cs[0], cs.length > 1 ? cs[1] : ' ', cs.length)] = true;
            longest = Math.max(longest, cs.length);
            int h = hash(cs, 0, cs.length) & mask;
            while (table[h] != null && !Arrays.equals(table[h], cs)) {
                h = (h + 1) & mask;
            }
            table[h] = cs;
        }
        maxLength = longest;
    }

    static int kind(char c) {
        return c < 128 ? ASCII[c] : (Character.isLetter(c) ? LETTER : OTHER);
    }

    static boolean isLetter(char c) {
        return c < 128 ? ASCII[c] == LETTER : Character.isLetter(c);
    }

    /** True when the word {@code s[from, to)} is in the table. */
    boolean contains(char[] s, int from, int to) {
        int length = to - from;
        if (length > maxLength || !shapes[shape(s[from], length > 1 ? s[from + 1] : ' ', length)]) {
            return false;
        }
        int h = mix(lowerHash(s, from, to)) & mask;
        for (char[] w = table[h]; w != null; w = table[h = (h + 1) & mask]) {
            if (w.length == length && sameIgnoringCase(w, s, from)) {
                return true;
            }
        }
        return false;
    }

    /** True when some word of {@code s[from, to)} is in the table. */
    boolean anyIn(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            if (!isLetter(s[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && isLetter(s[j])) {
                j++;
            }
            if (contains(s, i, j)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static int shape(char first, char second, int length) {
        return (letter(first) * 27 + letter(second)) * 16 + Math.min(length, 15);
    }

    private static int letter(char c) {
        char l = Chars.toLower(c);
        return l >= 'a' && l <= 'z' ? l - 'a' : 26;
    }

    private static int lowerHash(char[] s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + Chars.toLower(s[k]);
        }
        return h;
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
        return mix(lowerHash(cs, from, to));
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}

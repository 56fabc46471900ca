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
    /** 0-25 for a-z and A-Z, 26 for any other character. */
    private static final byte[] LETTER_INDEX = new byte[128];

    static {
        java.util.Arrays.fill(LETTER_INDEX, (byte) 26);
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER_INDEX[c] = (byte) (c - 'a');
            LETTER_INDEX[c - 32] = (byte) (c - 'a');
        }
    }

    private final char[][] table;
    private final byte[] kinds;
    private final int mask;
    private final int maxLength;
    /** Bit per (first letter, second letter, last letter, length): almost every other word fails it unhashed. */
    private final long[] shapes = new long[(27 * 27 * 27 * 16 + 63) / 64];

    WordTable(Set<String> words) {
        this(words, Set.of());
    }

    /** A table of two kinds of word: {@link #kindOf} tells 1 for the first set, 2 for the second, 3 for both. */
    WordTable(Set<String> first, Set<String> second) {
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        first.forEach(w -> words.merge(w.toLowerCase(Locale.ROOT), 1, (a, b) -> a | b));
        second.forEach(w -> words.merge(w.toLowerCase(Locale.ROOT), 2, (a, b) -> a | b));
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 1;
        table = new char[size][];
        kinds = new byte[size];
        mask = size - 1;
        int longest = 0;
        for (var e : words.entrySet()) {
            String w = e.getKey();
            char[] cs = w.toLowerCase(Locale.ROOT).toCharArray();
            if (cs.length == 0) {
                continue;
            }
            int sh = shape(cs, 0, cs.length);
            shapes[sh >>> 6] |= 1L << sh;
            longest = Math.max(longest, cs.length);
            int h = hash(cs, 0, cs.length) & mask;
            while (table[h] != null && !Arrays.equals(table[h], cs)) {
                h = (h + 1) & mask;
            }
            table[h] = cs;
            kinds[h] = (byte) (int) e.getValue();
        }
        maxLength = longest;
    }

    static int kind(char c) {
        if ((char) (c - '0') < 10) {
            return DIGIT;
        }
        return isLetter(c) ? LETTER : OTHER;
    }

    /** ASCII letters by arithmetic (no table, no bounds check): the scans call this for every character. */
    static boolean isLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26 || (c >= 128 && Character.isLetter(c));
    }

    /** True when the word {@code s[from, to)} is in the table. */
    boolean contains(char[] s, int from, int to) {
        return kindOf(s, from, to) != 0;
    }

    /** Which set the word {@code s[from, to)} is in (1, 2 or 3 for both), 0 for none. */
    int kindOf(char[] s, int from, int to) {
        int length = to - from;
        if (length > maxLength) {
            return 0;
        }
        int sh = shape(s, from, to);
        if ((shapes[sh >>> 6] & (1L << sh)) == 0) {
            return 0;
        }
        int h = mix(lowerHash(s, from, to)) & mask;
        for (char[] w = table[h]; w != null; w = table[h = (h + 1) & mask]) {
            if (w.length == length && sameIgnoringCase(w, s, from)) {
                return kinds[h];
            }
        }
        return 0;
    }

    private static int shape(char[] s, int from, int to) {
        int length = to - from;
        int second = length > 1 ? letter(s[from + 1]) : 26;
        return ((letter(s[from]) * 27 + second) * 27 + letter(s[to - 1])) * 16 + Math.min(length, 15);
    }

    private static int letter(char c) {
        return c < 128 ? LETTER_INDEX[c] : 26;
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

package claimwatch.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * The one pass over a whole article, without allocating beyond its result: where a digit or a
 * number word ("six", "dozen", "thousands") starts, and where a personnel word ("troops",
 * "casualties") or a count cue ("total") stands. Only sentences holding both are read closely.
 */
final class TriggerScanner {

    private static final int NUMBER = 1;
    private static final int PERSONNEL = 2;

    /** Offsets of numbers and of personnel words, each in order. */
    record Hits(int[] numbers, int[] personnel) {

        /** True when a personnel word starts in {@code [from, to)}. */
        boolean personnelIn(int from, int to) {
            int i = Arrays.binarySearch(personnel, from);
            int at = i >= 0 ? i : -i - 1;
            return at < personnel.length && personnel[at] < to;
        }
    }

    private final WordTable words;

    TriggerScanner(Set<String> numberWords, Set<String> personnelWords) {
        this.words = new WordTable(numberWords, personnelWords);
    }

    Hits scan(char[] s) {
        int[] numbers = new int[16];
        int n = 0;
        int[] personnel = new int[16];
        int p = 0;
        int len = s.length;
        int i = 0;
        while (i < len) {
            int kind = WordTable.kind(s[i]);
            if (kind == WordTable.OTHER) {
                i++;
                continue;
            }
            int j = i + 1;
            int found;
            if (kind == WordTable.DIGIT) {
                while (j < len && isDigitOrSep(s[j])) {
                    j++;
                }
                found = NUMBER;
            } else {
                while (j < len && WordTable.isLetter(s[j])) {
                    j++;
                }
                found = words.kindOf(s, i, j);
            }
            if ((found & NUMBER) != 0) {
                if (n == numbers.length) {
                    numbers = Arrays.copyOf(numbers, n * 2);
                }
                numbers[n++] = i;
            }
            if ((found & PERSONNEL) != 0) {
                if (p == personnel.length) {
                    personnel = Arrays.copyOf(personnel, p * 2);
                }
                personnel[p++] = i;
            }
            i = j;
        }
        return new Hits(Arrays.copyOf(numbers, n), Arrays.copyOf(personnel, p));
    }

    private static boolean isDigitOrSep(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }
}

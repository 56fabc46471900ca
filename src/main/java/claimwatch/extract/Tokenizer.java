package claimwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of article text into words, numbers and punctuation, keeping offsets.
 *
 * <p>Quotation marks are dropped (quotes are found separately, by {@link Quotes}); an
 * apostrophe-s becomes its own {@code 's} token; dotted abbreviations ("U.S.", "p.m."), single
 * initials ("F.") and listed abbreviations ("Gen.", "Oct.") keep their full stop; digit groups
 * ("10,000", "1.5", "12 000") are one number token, with any letters written onto them
 * ("42nd", "10km") kept in the token so the number reader can turn it down.
 */
final class Tokenizer {

    /** One string per ASCII character, so punctuation tokens allocate nothing. */
    private static final String[] ASCII_STRINGS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_STRINGS[c] = String.valueOf(c).intern();
        }
    }

    private final Set<String> abbreviations;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String phrase) {
        return tokenize(phrase.toCharArray(), 0, phrase.length());
    }

    List<Token> tokenize(char[] s, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = s[i];
            if (Chars.isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            if (isApostrophe(c)) {
                boolean afterLetter = i > from && (Chars.isLetter(s[i - 1]) || namesWithDigits(s, from, i));
                if (afterLetter && i + 1 < to && (s[i + 1] == 's' || s[i + 1] == 'S')
                        && (i + 2 >= to || !Chars.isLetter(s[i + 2]))) {
                    out.add(new Token(i, i + 2, Token.Kind.WORD, "'s", "'s", false));
                    i += 2;
                    space = false;
                    continue;
                }
                if (afterLetter && s[i - 1] == 's' && (i + 1 >= to || !Chars.isLetter(s[i + 1]))) {
                    out.add(new Token(i, i + 1, Token.Kind.WORD, "'s", "'s", false));
                    i++;
                    space = false;
                    continue;
                }
                space = true; // a quotation mark: dropped
                i++;
                continue;
            }
            if (isQuote(c)) {
                space = true;
                i++;
                continue;
            }
            int end;
            Token.Kind kind;
            if (Chars.isLetter(c)) {
                end = wordEnd(s, i, to);
                kind = Token.Kind.WORD;
            } else if (Chars.isDigit(c)) {
                end = numberEnd(s, i, to);
                kind = Token.Kind.NUMBER;
            } else {
                end = i + 1;
                kind = Token.Kind.PUNCT;
            }
            String text;
            String lower;
            if (kind == Token.Kind.PUNCT) {
                text = c < 128 ? ASCII_STRINGS[c] : String.valueOf(c);
                lower = punct(c);
            } else {
                text = new String(s, i, end - i);
                lower = lowerCase(s, i, end, text);
            }
            out.add(new Token(i, end, kind, text, lower, space));
            space = false;
            i = end;
        }
        return out;
    }

    /** The lower-case form, without a second string when the word has no capitals (most words). */
    private static String lowerCase(char[] s, int from, int to, String text) {
        int k = from;
        while (k < to && s[k] < 128 && !(s[k] >= 'A' && s[k] <= 'Z')) {
            k++;
        }
        if (k == to) {
            return text;
        }
        if (s[k] >= 128) {
            return text.toLowerCase(Locale.ROOT);
        }
        char[] out = new char[to - from];
        for (int j = 0; j < out.length; j++) {
            char c = s[from + j];
            if (c >= 128) {
                return text.toLowerCase(Locale.ROOT);
            }
            out[j] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    private int wordEnd(char[] s, int i, int to) {
        int j = i;
        while (j < to) {
            char c = s[j];
            if (Chars.isLetterOrDigit(c)) {
                j++;
            } else if (isApostrophe(c) && j + 1 < to && Chars.isLetter(s[j + 1])
                    && !(Chars.toLower(s[j + 1]) == 's' && (j + 2 >= to || !Chars.isLetter(s[j + 2])))) {
                j++; // int'l, don't
            } else {
                break;
            }
        }
        if (j < to && s[j] == '.') {
            // dotted abbreviation: U.S., U.N., p.m.
            if (j - i == 1 && j + 2 < to && Chars.isLetter(s[j + 1]) && s[j + 2] == '.') {
                int k = j;
                while (k + 2 < to && s[k] == '.' && Chars.isLetter(s[k + 1]) && s[k + 2] == '.') {
                    k += 2;
                }
                return k + 1;
            }
            if (j - i == 1 && Chars.isUpper(s[i])) {
                return j + 1; // an initial: John F. Kennedy
            }
            if (abbreviations.contains(new String(s, i, j - i).toLowerCase(Locale.ROOT))) {
                return j + 1;
            }
        }
        return j;
    }

    private static int numberEnd(char[] s, int i, int to) {
        int j = i;
        while (j < to && Chars.isDigit(s[j])) {
            j++;
        }
        int groupLen = j - i;
        while (j + 1 < to && (s[j] == ',' || s[j] == '.') && Chars.isDigit(s[j + 1])) {
            j++;
            while (j < to && Chars.isDigit(s[j])) {
                j++;
            }
            groupLen = -1;
        }
        // "12 000": a thin or plain space before exactly three digits
        while (groupLen > 0 && groupLen <= 3 && j + 4 <= to && (s[j] == ' ' || s[j] == '\u202F'
                || s[j] == '\u2009' || s[j] == '\u00A0')
                && isDigits(s, j + 1, j + 4) && (j + 4 == to || !Chars.isLetterOrDigit(s[j + 4]))) {
            j += 4;
        }
        while (j < to && Chars.isLetter(s[j])) {
            j++;
        }
        return j;
    }

    private static boolean isDigits(char[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Chars.isDigit(s[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    private static String punct(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013' -> "-";
            case '\u2014', '\u2015' -> "—";
            default -> c < 128 ? ASCII_STRINGS[c] : String.valueOf(c);
        };
    }

    /** Whether the word before {@code end} is a name with digits in it ("M23", "G7"), not a number ("1990"). */
    private static boolean namesWithDigits(char[] s, int from, int end) {
        int k = end - 1;
        boolean letter = false;
        while (k >= from && Chars.isLetterOrDigit(s[k])) {
            letter |= Chars.isLetter(s[k]);
            k--;
        }
        return letter && Chars.isDigit(s[end - 1]);
    }
}

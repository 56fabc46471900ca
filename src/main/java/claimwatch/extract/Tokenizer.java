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

    private final Set<String> abbreviations;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String s, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                i++;
                continue;
            }
            if (isApostrophe(c)) {
                boolean afterLetter = i > from && Character.isLetter(s.charAt(i - 1));
                if (afterLetter && i + 1 < to && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                        && (i + 2 >= to || !Character.isLetter(s.charAt(i + 2)))) {
                    out.add(new Token(i, i + 2, Token.Kind.WORD, "'s", "'s", false));
                    i += 2;
                    space = false;
                    continue;
                }
                if (afterLetter && s.charAt(i - 1) == 's' && (i + 1 >= to || !Character.isLetter(s.charAt(i + 1)))) {
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
            if (Character.isLetter(c)) {
                end = wordEnd(s, i, to);
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c)) {
                end = numberEnd(s, i, to);
                kind = Token.Kind.NUMBER;
            } else {
                end = i + 1;
                kind = Token.Kind.PUNCT;
            }
            String text = s.substring(i, end);
            String lower = kind == Token.Kind.PUNCT ? punct(c) : text.toLowerCase(Locale.ROOT);
            out.add(new Token(i, end, kind, text, lower, space));
            space = false;
            i = end;
        }
        return out;
    }

    private int wordEnd(String s, int i, int to) {
        int j = i;
        while (j < to) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (isApostrophe(c) && j + 1 < to && Character.isLetter(s.charAt(j + 1))
                    && !(Character.toLowerCase(s.charAt(j + 1)) == 's' && (j + 2 >= to || !Character.isLetter(s.charAt(j + 2))))) {
                j++; // int'l, don't
            } else {
                break;
            }
        }
        if (j < to && s.charAt(j) == '.') {
            // dotted abbreviation: U.S., U.N., p.m.
            if (j - i == 1 && j + 2 < to && Character.isLetter(s.charAt(j + 1)) && s.charAt(j + 2) == '.') {
                int k = j;
                while (k + 2 < to && s.charAt(k) == '.' && Character.isLetter(s.charAt(k + 1)) && s.charAt(k + 2) == '.') {
                    k += 2;
                }
                return k + 1;
            }
            if (j - i == 1 && Character.isUpperCase(s.charAt(i))) {
                return j + 1; // an initial: John F. Kennedy
            }
            if (abbreviations.contains(s.substring(i, j).toLowerCase(Locale.ROOT))) {
                return j + 1;
            }
        }
        return j;
    }

    private static int numberEnd(String s, int i, int to) {
        int j = i;
        while (j < to && Character.isDigit(s.charAt(j))) {
            j++;
        }
        int groupLen = j - i;
        while (j + 1 < to && (s.charAt(j) == ',' || s.charAt(j) == '.') && Character.isDigit(s.charAt(j + 1))) {
            j++;
            while (j < to && Character.isDigit(s.charAt(j))) {
                j++;
            }
            groupLen = -1;
        }
        // "12 000": a thin or plain space before exactly three digits
        while (groupLen > 0 && groupLen <= 3 && j + 4 <= to && (s.charAt(j) == ' ' || s.charAt(j) == '\u202F'
                || s.charAt(j) == '\u2009' || s.charAt(j) == '\u00A0')
                && isDigits(s, j + 1, j + 4) && (j + 4 == to || !Character.isLetterOrDigit(s.charAt(j + 4)))) {
            j += 4;
        }
        while (j < to && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
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
            default -> String.valueOf(c);
        };
    }
}

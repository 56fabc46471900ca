package claimwatch.extract;

/**
 * Character classes with a table for ASCII, the bulk of news text, and {@link Character} for
 * the rest: the scans over whole articles call these for every character.
 */
final class Chars {

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 4;
    private static final byte UPPER = 8;
    private static final byte LOWER = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LETTER | LOWER;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = LETTER | UPPER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
        for (char c : new char[] {' ', '\t', '\n', '\r', '\f', 0x0B}) {
            ASCII[c] = SPACE;
        }
    }

    private Chars() {
    }

    static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /** Whitespace, including the no-break and thin spaces of typeset text. */
    static boolean isSpace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    static boolean isUpper(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLower(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    static char toLower(char c) {
        return c < 128 ? ((ASCII[c] & UPPER) != 0 ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
}

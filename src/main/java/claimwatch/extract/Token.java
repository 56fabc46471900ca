package claimwatch.extract;

/**
 * A word, number or punctuation mark of a sentence, with its offsets in the article text.
 * {@code lower} is the lower-cased text (a possessive is the separate token {@code 's}).
 */
record Token(int start, int end, Kind kind, String text, String lower, boolean spaceBefore) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** A hyphen, slash or similar written without a space on either side ("Hwasong-19"). */
    boolean isJoiner() {
        return kind == Kind.PUNCT && (lower.equals("-") || lower.equals("/"));
    }

    /** Punctuation that ends a clause for the readers that look around a number. */
    boolean isClauseBreak() {
        return kind == Kind.PUNCT && ",;:()[]—.!?".contains(lower);
    }
}

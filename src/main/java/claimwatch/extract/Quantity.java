package claimwatch.extract;

/**
 * A number's phrase found in a sentence: tokens {@code [from, to)} with its qualifier,
 * {@code [numFrom, numTo)} the number alone. {@code value} is null for a vague amount.
 */
record Quantity(int from, int to, int numFrom, int numTo, Long value, Long high, Qualifier qualifier,
                boolean vague) {

    /** A quantity past every token, for "the first place (or group) after the number" in a sentence that holds none. */
    static final Quantity PAST_THE_END = new Quantity(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 0, 0, null, null,
            Qualifier.EXACT, false);
}

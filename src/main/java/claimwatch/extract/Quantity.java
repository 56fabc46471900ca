package claimwatch.extract;

/**
 * A number's phrase found in a sentence: tokens {@code [from, to)} with its qualifier,
 * {@code [numFrom, numTo)} the number alone. {@code value} is null for a vague amount.
 */
record Quantity(int from, int to, int numFrom, int numTo, Long value, Long high, Qualifier qualifier,
                boolean vague) {
}

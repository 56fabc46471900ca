package claimwatch.extract;

/**
 * What a number counts: the personnel noun at tokens {@code [nounFrom, nounTo)} after it, with
 * the words between ({@code [modFrom, nounFrom)}, "North Korean military") that may name the
 * force; or, when {@code implied}, a count whose noun the context supplies ("could swell to as
 * many as 12,000"), in which case the noun fields point at that context noun if it is in the
 * same sentence, else are -1.
 */
record Personnel(int modFrom, int nounFrom, int nounTo, Measure measure, boolean needsForce, boolean implied) {
}

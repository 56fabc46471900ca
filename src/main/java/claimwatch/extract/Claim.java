package claimwatch.extract;

import java.time.Instant;

/**
 * A number of armed personnel stated in an article: the record of the claim contract
 * ({@code shared/eval/CONTRACT.md}), field for field, plus where it was published.
 *
 * <p>{@code force} is a state's ISO 3166-1 alpha-3 code, a multinational force's acronym (NATO,
 * UN) or a non-state armed group's lower-case id ({@code hamas}, {@code isis}), from
 * {@code countries.txt}, {@code forces.txt} and {@code groups.txt}. {@code attributedParty} is the
 * party behind {@code attributedTo}, in the same codes; null when the article speaks in its own
 * voice, cites unnamed sources or a monitor of no side.
 *
 * <p>{@code amount} is the number's phrase as written ("an estimated 10,000"). {@code value} is
 * null for a vague amount ("thousands", "a few thousand"): the claim is kept, with its words in
 * {@code amount}, but stays out of numeric series.
 */
public record Claim(
        String articleId,
        String force,
        Measure measure,
        Long value,
        Long high,
        Qualifier qualifier,
        String location,
        String attributedTo,
        String attributedParty,
        Kind kind,
        Evidence evidence,
        String amount,
        Instant publishedAt,
        String source) {

    public Claim {
        kind = kind == null ? Kind.TOTAL : kind; // records written before claims had a kind
    }

    /** This claim with another measure: a count that shares its verb with the count before it. */
    public Claim withMeasure(Measure m) {
        return new Claim(articleId, force, m, value, high, qualifier, location, attributedTo, attributedParty, kind,
                evidence, amount, publishedAt, source);
    }

    /** This claim with another kind: a part of a toll whose period an earlier sentence names. */
    public Claim withKind(Kind k) {
        return new Claim(articleId, force, measure, value, high, qualifier, location, attributedTo, attributedParty, k,
                evidence, amount, publishedAt, source);
    }

    public boolean isVague() {
        return value == null;
    }
}

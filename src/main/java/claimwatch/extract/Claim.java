package claimwatch.extract;

import java.time.Instant;

/**
 * A number of armed personnel stated in an article: the record of the claim contract
 * ({@code shared/eval/CONTRACT.md}), field for field, plus where it was published.
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
        Evidence evidence,
        String amount,
        Instant publishedAt,
        String source) {

    public boolean isVague() {
        return value == null;
    }
}

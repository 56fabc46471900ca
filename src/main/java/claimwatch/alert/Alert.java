package claimwatch.alert;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A move in a tracked series worth telling someone about: a row of the {@code alerts} topic. Key: the
 * tracker's name. Fields that do not apply to a kind are left out of the JSON.
 *
 * @param message      the sentence: "US estimate of North Korean troops in Russia rose from 3,000 to
 *                     10,000 (+233 %) — Pentagon, 2024-10-28"
 * @param window       the window spec the alert was raised on ({@code daily})
 * @param party        the party whose figure moved (for {@code divergence}: the higher one)
 * @param previous     the figure before (previous high, the party's previous figure)
 * @param current      the figure now
 * @param change       (current - previous) / previous, for {@code change} and {@code new_high}
 * @param otherParty   for {@code divergence}: the party with the lower figure
 * @param otherFigure  for {@code divergence}: that party's figure
 * @param at           event time: the publication time of the figure that raised it (never the wall clock)
 * @param claims       the claims that caused it, the one that raised it first: for {@code change} the figure
 *                     now and the party's figure before, for {@code new_high} the new top and the previous
 *                     high, for {@code divergence} the higher and the lower party's figure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(
        AlertKind kind,
        String message,
        String tracker,
        String window,
        Instant windowStart,
        Instant windowEnd,
        String party,
        Long previous,
        Long current,
        Double change,
        String otherParty,
        Long otherFigure,
        String attributedTo,
        String source,
        String articleId,
        Instant at,
        List<AlertClaim> claims) {
}

package claimwatch.track;

import claimwatch.extract.Qualifier;

import java.time.Instant;

/**
 * One figure as a party put it: "at least 11,000 (Zelensky, Kyiv Independent, 2024-12-16)". In a
 * window, one claim's figure however many articles report it: the latest report, and how many
 * independent reports there were.
 *
 * @param claimKey     the claim's key ({@code ClaimKey.id()})
 * @param party        USA, KOR, UKR, RUS, NATO, ..., UNATTRIBUTED, OTHER
 * @param attributedTo who said it, as the article names them
 * @param reports      independent articles in the window reporting this claim
 * @param claimFirstSeen when the claim was first seen (see {@code ClaimSighting}): before the window, the
 *                     figure is an older one restated, history rather than news
 */
public record Figure(
        String claimKey,
        Long value,
        Long high,
        Qualifier qualifier,
        String party,
        String attributedTo,
        String source,
        String articleId,
        Instant publishedAt,
        long reports,
        Instant claimFirstSeen) {

    /** The top of the figure: {@code high} for a range, else {@code value}. */
    public long top() {
        return high != null ? high : value;
    }
}

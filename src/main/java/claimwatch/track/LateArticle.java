package claimwatch.track;

import claimwatch.dedup.ClaimSighting;

import java.time.Instant;

/**
 * A sighting that arrived after its window closed (or with no usable time), on the
 * {@code late-articles} topic instead of being dropped. Key: the article id. Two kinds, one shape
 * on the topic: {@link #pastWindow} (every field set) and {@link #undated} (an article that never
 * reached a claim or a window: only its id, source and the reason).
 *
 * @param window      the window spec it missed ({@code daily}), or null when it never reached windowing
 * @param streamTime  the stream time when it arrived, or null
 * @param reason      a sentence saying why it was set aside
 */
public record LateArticle(
        String articleId,
        String source,
        Instant publishedAt,
        String claimKey,
        String tracker,
        String window,
        Instant windowStart,
        Instant windowEnd,
        Instant streamTime,
        String reason) {

    /** An article set aside before extraction because it has no publication time. */
    public static LateArticle undated(String articleId, String source, String reason) {
        return new LateArticle(articleId, source, null, null, null, null, null, null, null, reason);
    }

    /** A sighting of {@code tracker}'s series whose {@code window} ({@code windowStart}–{@code windowEnd}) had closed. */
    public static LateArticle pastWindow(ClaimSighting s, String tracker, String window, Instant windowStart,
                                         Instant windowEnd, Instant streamTime, String reason) {
        return new LateArticle(s.articleId(), s.source(), s.publishedAt(), s.claimKey(), tracker, window, windowStart,
                windowEnd, streamTime, reason);
    }
}

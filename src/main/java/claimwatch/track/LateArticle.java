package claimwatch.track;

import java.time.Instant;

/**
 * A sighting that arrived after its window closed (or with no usable time), on the
 * {@code late-articles} topic instead of being dropped. Key: the article id.
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
}

package claimwatch.ingest;

import java.time.Instant;

/**
 * One news article as it travels on the {@code articles} topic (see the claim contract).
 * Only {@code text} is required; {@code publishedAt} is null when no time is known.
 */
public record Article(String id, String source, String url, Instant publishedAt, String title, String text) {

    public Article withId(String newId) {
        return new Article(newId, source, url, publishedAt, title, text);
    }

    public Article withPublishedAt(Instant at) {
        return new Article(id, source, url, at, title, text);
    }
}

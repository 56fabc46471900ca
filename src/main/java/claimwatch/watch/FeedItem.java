package claimwatch.watch;

import java.time.Instant;

/**
 * One entry of a feed, whatever its format: {@code key} identifies it within its feed (guid / id,
 * else the link, else title and date) and is what the published-item memory remembers;
 * {@code text} is the entry's own content as plain text, the fallback when its page gives none.
 */
public record FeedItem(String key, String link, String title, String text, Instant publishedAt) {
}

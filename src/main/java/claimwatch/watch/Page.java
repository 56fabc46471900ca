package claimwatch.watch;

import java.net.URI;
import java.time.Instant;

/** What an article page says of itself: its canonical URL, title, story text and publication time (each may be null). */
public record Page(URI canonical, String title, String text, Instant publishedAt) {
}

package claimwatch.watch;

import java.time.Instant;

/**
 * A feed's health as this instance sees it: read-only, for logs, {@code local} and the API.
 *
 * @param state         {@code waiting} (not polled yet), then the outcome of the last poll: {@code ok}, {@code not-modified}, {@code failing}, or
 *                      {@code elsewhere} (another instance polls it)
 * @param lastError     the reason of the last failure, null once a poll succeeds again
 * @param failuresInRow polls failed in a row; the backoff doubles with each
 * @param itemsSeen     items the feed listed at its last successful poll
 * @param itemsPublished articles this instance published from the feed since it started
 * @param polls          polls this instance made of the feed since it started
 * @param failures       of those, the polls that failed
 */
public record FeedStatus(String feed, String url, String state, Instant lastPoll, String lastError, int failuresInRow,
                         int itemsSeen, long itemsPublished, Instant nextPoll, long polls, long failures) {
}

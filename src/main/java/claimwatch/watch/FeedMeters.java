package claimwatch.watch;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The feeds' meters, read from their {@link FeedStatus} when scraped: polls, failed polls and
 * articles published per feed ({@code claimwatch_feed_polls_total{feed=...}},
 * {@code claimwatch_feed_failures_total}, {@code claimwatch_feed_items_published_total}).
 */
public final class FeedMeters {

    private FeedMeters() {
    }

    /** Registers the meters of every feed {@code status} lists now; they follow its later values. */
    public static void bind(MeterRegistry registry, Supplier<List<FeedStatus>> status) {
        for (FeedStatus feed : status.get()) {
            String id = feed.feed();
            counter(registry, "claimwatch.feed.polls", "polls of the feed by this instance", id, status, FeedStatus::polls);
            counter(registry, "claimwatch.feed.failures", "polls of the feed that failed", id, status, FeedStatus::failures);
            counter(registry, "claimwatch.feed.items.published", "articles published from the feed", id, status,
                    FeedStatus::itemsPublished);
        }
    }

    private static void counter(MeterRegistry registry, String name, String help, String feed,
                                Supplier<List<FeedStatus>> status, ToDoubleFunction<FeedStatus> value) {
        FunctionCounter.builder(name, status, s -> s.get().stream().filter(f -> f.feed().equals(feed))
                        .mapToDouble(value).sum())
                .description(help).tag("feed", feed).register(registry);
    }
}

package claimwatch.watch;

import claimwatch.ingest.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One poll of one feed: the feed fetched (conditionally, within robots.txt, paced per host) and
 * parsed, then for each item not yet published its page fetched and read, and the articles handed
 * to the {@link ItemSink} a few at a time, oldest first. A page that cannot be had leaves the item's
 * own text; an item with no text at all waits for the next poll.
 */
final class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1";
    static final String ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
    private static final int BATCH = 10;

    /** What a successful poll did. {@code waiting}: new items with no text yet, tried again next poll. */
    record Outcome(boolean notModified, Validators validators, int seen, int published, int waiting) {
    }

    private final HttpFetcher fetcher;
    private final RobotsRules robots;
    private final HostPacer pacer;
    private final WatchSettings settings;
    private final ItemSink sink;
    private final ArticleAssembler assembler = new ArticleAssembler();

    FeedPoller(HttpFetcher fetcher, RobotsRules robots, HostPacer pacer, WatchSettings settings, ItemSink sink) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.pacer = pacer;
        this.settings = settings;
        this.sink = sink;
    }

    Outcome poll(Feed feed, Validators validators) throws FetchFailed, InterruptedException {
        Fetched fetched = politely(feed.url(), validators, ACCEPT_FEED);
        if (fetched.notModified()) {
            return new Outcome(true, fetched.validators(), 0, 0, 0);
        }
        List<FeedItem> items = FeedParser.parse(fetched);
        List<FeedItem> fresh = new ArrayList<>(items.stream().filter(i -> !sink.isPublished(feed, i.key())).toList());
        fresh.sort(Comparator.comparing(FeedItem::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        int published = 0;
        int waiting = 0;
        List<ItemSink.Ready> batch = new ArrayList<>();
        for (FeedItem item : fresh) {
            Optional<Article> article = article(feed, item);
            if (article.isEmpty()) {
                waiting++;
                log.warn("feed {}: item {} has no text, neither on its page nor in the feed; tried again next poll",
                        feed.id(), item.key());
                continue;
            }
            batch.add(new ItemSink.Ready(item.key(), article.get()));
            if (batch.size() == BATCH) {
                published += sink.publish(feed, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            published += sink.publish(feed, batch);
        }
        return new Outcome(false, fetched.validators(), items.size(), published, waiting);
    }

    private Optional<Article> article(Feed feed, FeedItem item) throws InterruptedException {
        Page page = null;
        URI landedAt = null;
        if (item.link() != null) {
            try {
                URI link = feed.url().resolve(item.link().strip());
                Fetched fetched = politely(link, Validators.NONE, ACCEPT_HTML);
                landedAt = fetched.uri();
                if (fetched.isHtml()) {
                    page = PageExtractor.extract(fetched);
                } else {
                    log.info("feed {}: page {} is {}, not HTML; using the item's own text", feed.id(), link, fetched.mediaType());
                }
            } catch (FetchFailed | IllegalArgumentException e) {
                log.warn("feed {}: page {} not read ({}); using the item's own text", feed.id(), item.link(), e.getMessage());
            }
        }
        return assembler.assemble(feed, item, page, landedAt);
    }

    /** Every request, each redirect hop too, within robots.txt and after the host's pause. */
    private Fetched politely(URI url, Validators validators, String accept) throws FetchFailed, InterruptedException {
        return fetcher.get(url, validators, accept, uri -> {
            robots.check(uri);
            Duration crawlDelay = robots.crawlDelay(uri);
            pacer.await(uri.getHost() + ":" + uri.getPort(),
                    crawlDelay.compareTo(settings.hostInterval()) > 0 ? crawlDelay : settings.hostInterval());
        });
    }
}

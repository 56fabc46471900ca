package claimwatch.watch;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.TopicCreator;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches a feed list: every feed this instance holds (see {@link PublishedItems}) is polled on its
 * interval by a small pool of fetch threads; a feed that fails is logged with the reason and
 * retried later with backoff, and never holds up the others. {@link #status()} is each feed's health.
 */
public final class Watcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Watcher.class);
    private static final long TICK_MS = 100;

    /** What the watcher knows of one feed between polls; touched by one poll at a time. */
    private static final class Tracked {
        final Feed feed;
        volatile boolean polling;
        volatile boolean held;
        volatile long nextPollNanos;
        volatile Instant nextPoll;
        volatile Instant lastPoll;
        volatile String state = "waiting";
        volatile String lastError;
        volatile int failuresInRow;
        volatile int itemsSeen;
        volatile long itemsPublished;
        volatile long polls;
        volatile long failures;
        volatile Validators validators = Validators.NONE;

        Tracked(Feed feed) {
            this.feed = feed;
        }

        FeedStatus status() {
            return new FeedStatus(feed.id(), feed.url().toString(), held ? state : "elsewhere", lastPoll, lastError,
                    failuresInRow, itemsSeen, itemsPublished, held ? nextPoll : null, polls, failures);
        }
    }

    private final Map<String, Tracked> feeds = new LinkedHashMap<>();
    private final PublishedItems published;
    private final FeedPoller poller;
    private final PollSchedule schedule;
    private final ExecutorService fetchers;
    private final Thread scheduler;
    private volatile boolean running = true;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Watcher(List<Feed> feedList, PublishedItems published, FeedPoller poller, PollSchedule schedule, int threads) {
        for (Feed feed : feedList) {
            if (feeds.put(feed.id(), new Tracked(feed)) != null) {
                throw new IllegalArgumentException("feed id " + feed.id() + " is listed twice");
            }
        }
        this.published = published;
        this.poller = poller;
        this.schedule = schedule;
        AtomicInteger n = new AtomicInteger();
        this.fetchers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimwatch-watch-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scheduler = new Thread(this::schedule, "claimwatch-watch-scheduler");
        this.scheduler.setDaemon(true);
    }

    /**
     * Starts watching {@code feedList} on the cluster of {@code config}, as instance {@code instanceId}
     * (its transactional id: an instance restarted with its id aborts what it left open at once).
     * Creates the items topic if it is missing.
     */
    public static Watcher start(ClaimwatchConfig config, List<Feed> feedList, String instanceId) {
        WatchSettings settings = WatchSettings.from(config);
        TopicCreator.createMissing(config.clientProperties(), List.of(
                new NewTopic(settings.itemsTopic(), Optional.of(settings.itemsPartitions()), Optional.empty())
                        .configs(Map.of("cleanup.policy", "compact"))));
        PublishedItems published = new PublishedItems(config.clientProperties(), settings, Topics.from(config).articles(), instanceId);
        HttpFetcher fetcher = new HttpFetcher(settings);
        FeedPoller poller = new FeedPoller(fetcher, new RobotsRules(fetcher, settings), new HostPacer(), settings, published);
        Watcher watcher = new Watcher(feedList, published, poller, new PollSchedule(settings.jitter(), settings.backoffMax()),
                settings.fetchThreads());
        published.start();
        watcher.scheduler.start();
        log.info("watch: {} feeds, instance {}, items remembered on {}", feedList.size(), instanceId, settings.itemsTopic());
        return watcher;
    }

    /** Every feed's health, in the order of the feed list. */
    public List<FeedStatus> status() {
        List<FeedStatus> all = new ArrayList<>();
        feeds.values().forEach(t -> all.add(t.status()));
        return all;
    }

    /** Set when publishing stopped for good; the watcher is then of no use and should be closed. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(published.failure());
    }

    private void schedule() {
        while (running) {
            long now = System.nanoTime();
            for (Tracked t : feeds.values()) {
                boolean held = published.owns(t.feed);
                if (held && !t.held) {
                    t.nextPollNanos = now;   // newly held: poll at once
                }
                t.held = held;
                if (held && !t.polling && now - t.nextPollNanos >= 0) {
                    t.polling = true;
                    fetchers.execute(() -> poll(t));
                }
            }
            try {
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void poll(Tracked t) {
        // the interval runs from the poll's start: fetching its new pages (paced per host) does not delay the next
        long startedNanos = System.nanoTime();
        Instant started = Instant.now();
        Duration retryAfter = null;
        try {
            FeedPoller.Outcome outcome = poller.poll(t.feed, t.validators);
            t.validators = outcome.validators();
            t.failuresInRow = 0;
            t.lastError = null;
            t.state = outcome.notModified() ? "not-modified" : "ok";
            if (!outcome.notModified()) {
                t.itemsSeen = outcome.seen();
            }
            t.itemsPublished += outcome.published();
            if (outcome.published() > 0) {
                log.info("watch: feed {}: {} new articles published", t.feed.id(), outcome.published());
            }
        } catch (FetchFailed failed) {
            t.failuresInRow++;
            t.state = "failing";
            t.lastError = failed.getMessage();
            retryAfter = failed.retryAfter().orElse(null);
            log.warn("watch: feed {} failed ({} in a row): {}", t.feed.id(), t.failuresInRow, failed.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            t.failuresInRow++;
            t.state = "failing";
            t.lastError = e.toString();
            log.warn("watch: feed {} failed ({} in a row)", t.feed.id(), t.failuresInRow, e);
        } finally {
            t.lastPoll = Instant.now();
            t.polls++;
            if ("failing".equals(t.state)) {
                t.failures++;
            }
        }
        Duration wait = schedule.next(t.feed.interval(), t.failuresInRow, retryAfter);
        t.nextPoll = started.plus(wait);
        t.nextPollNanos = startedNanos + wait.toNanos();
        t.polling = false;
    }

    /** Stops polling and publishing; safe to call twice (a shutdown hook and a try-with-resources both may). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        running = false;
        scheduler.interrupt();
        fetchers.shutdownNow();
        try {
            fetchers.awaitTermination(10, TimeUnit.SECONDS);
            scheduler.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        published.close();
    }
}

package claimwatch.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, per host, parsed by crawler-commons and kept for a while: whether a URL may be
 * fetched, and the host's Crawl-delay. A missing robots.txt (4xx) allows everything; one that cannot
 * be read (5xx, timeout) defers every fetch from the host until it can, as RFC 9309 asks.
 */
final class RobotsRules {

    private record Cached(BaseRobotRules rules, String unavailable, long expiresNanos) {
    }

    private final HttpFetcher fetcher;
    private final WatchSettings settings;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> byHost = new ConcurrentHashMap<>();

    RobotsRules(HttpFetcher fetcher, WatchSettings settings) {
        this.fetcher = fetcher;
        this.settings = settings;
    }

    /** Throws, with the reason, when robots.txt forbids {@code url} or cannot be read now. */
    void check(URI url) throws FetchFailed, InterruptedException {
        Cached cached = rulesFor(url);
        if (cached.unavailable() != null) {
            throw new FetchFailed("robots.txt of " + url.getHost() + " unavailable (" + cached.unavailable()
                    + "); not fetching until it can be read");
        }
        if (!cached.rules().isAllowed(url.toString())) {
            throw new FetchFailed("robots.txt of " + url.getHost() + " disallows " + url.getRawPath());
        }
    }

    /** The host's Crawl-delay, if its robots.txt sets one for us. */
    Duration crawlDelay(URI url) throws InterruptedException {
        Cached cached = rulesFor(url);
        long delay = cached.rules() == null ? BaseRobotRules.UNSET_CRAWL_DELAY : cached.rules().getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? Duration.ZERO : Duration.ofMillis(delay);
    }

    private Cached rulesFor(URI url) throws InterruptedException {
        String origin = origin(url);
        Cached cached = byHost.get(origin);
        if (cached != null && cached.expiresNanos() - System.nanoTime() > 0) {
            return cached;
        }
        Cached fresh = fetch(origin);
        byHost.put(origin, fresh);
        return fresh;
    }

    private Cached fetch(String origin) throws InterruptedException {
        long expires = System.nanoTime() + settings.robotsCacheTime().toNanos();
        URI robots = URI.create(origin + "/robots.txt");
        try {
            Fetched got = fetcher.get(robots, Validators.NONE, "text/plain");
            return new Cached(parser.parseContent(robots.toString(), got.body(), got.contentType(),
                    List.of(settings.robotsName())), null, expires);
        } catch (FetchFailed failed) {
            if (failed.status() >= 400 && failed.status() < 500) {
                return new Cached(parser.failedFetch(failed.status()), null, expires);
            }
            // try again soon: an unreadable robots.txt must not block a host for the whole cache time
            return new Cached(null, failed.getMessage(), System.nanoTime() + Duration.ofSeconds(30).toNanos());
        }
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}

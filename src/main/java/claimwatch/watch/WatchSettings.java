package claimwatch.watch;

import claimwatch.config.ClaimwatchConfig;

import java.time.Duration;

/**
 * How {@code watch} fetches and where it keeps its memory: the {@code claimwatch.watch.*} settings
 * of {@code config/claimwatch.properties}.
 *
 * @param userAgent     sent with every request, and the name robots.txt rules are matched against
 * @param robotsName    the product token robots.txt groups are matched against ({@code claimwatch})
 * @param hostInterval  at least this long between two requests to one host (robots.txt's Crawl-delay can make it longer)
 * @param jitter        each poll interval is stretched or shrunk at random by up to this share, so feeds of one host spread out
 * @param backoffMax    a failing feed is retried after its interval doubled per failure in a row, up to this
 * @param itemsTopic    compacted topic of the items already published, written in the transaction of the publish
 * @param itemsPartitions partitions of the items topic: the most instances that can share the feed list
 */
public record WatchSettings(String userAgent, String robotsName, Duration connectTimeout, Duration readTimeout,
                            int maxBytes, int maxRedirects, Duration hostInterval, double jitter,
                            Duration backoffMax, Duration robotsCacheTime, int fetchThreads,
                            String itemsTopic, int itemsPartitions, String groupId) {

    public static WatchSettings from(ClaimwatchConfig config) {
        String prefix = config.get("claimwatch.topic.prefix", "");
        return new WatchSettings(
                config.get("claimwatch.watch.user.agent",
                        "claimwatch/0.1 (news monitoring; +https://github.com/claimwatch/claimwatch)"),
                config.get("claimwatch.watch.robots.name", "claimwatch"),
                config.getDuration("claimwatch.watch.connect.timeout", "PT10S"),
                config.getDuration("claimwatch.watch.read.timeout", "PT30S"),
                config.getInt("claimwatch.watch.max.bytes", 5 * 1024 * 1024),
                config.getInt("claimwatch.watch.max.redirects", 5),
                config.getDuration("claimwatch.watch.host.interval", "PT1S"),
                Double.parseDouble(config.get("claimwatch.watch.jitter", "0.1")),
                config.getDuration("claimwatch.watch.backoff.max", "PT6H"),
                config.getDuration("claimwatch.watch.robots.cache", "PT1H"),
                config.getInt("claimwatch.watch.fetch.threads", 16),
                prefix + config.get("claimwatch.watch.topic.items", "feed-items"),
                config.getInt("claimwatch.watch.topic.items.partitions", 12),
                config.get("claimwatch.watch.group.id", "claimwatch-watch"));
    }
}

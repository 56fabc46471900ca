package claimwatch.watch;

import claimwatch.ingest.Article;
import claimwatch.testing.ClaimwatchProcess;
import claimwatch.testing.FeedContent;
import claimwatch.testing.FeedContent.Item;
import claimwatch.testing.FeedServer;
import claimwatch.testing.TopicReader;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One feed of many items on a loopback server, each item's page answering after a pause so that a
 * poll lasts seconds and a kill or a freeze lands inside it; and the checks on {@code articles}
 * that the crash and fencing tests share.
 */
final class BigFeed {

    static final String TEXT = "Story %d says 1,000 troops moved, officials said on Monday.";

    private BigFeed() {
    }

    /** Serves {@code /rss} with {@code count} items and their pages, each page after {@code pageMillis}. */
    static List<Item> serve(FeedServer server, int count, long pageMillis) {
        List<Item> items = IntStream.range(0, count).mapToObj(i -> new Item("item-" + i, server.uri("/story/" + i).toString(),
                "Story " + i, null, Instant.parse("2024-12-01T00:00:00Z").plusSeconds(60L * i))).toList();
        server.serve("/rss", "application/rss+xml", FeedContent.rss2(items));
        for (int i = 0; i < count; i++) {
            String text = String.format(TEXT, i);
            server.route("/story/" + i, exchange -> {
                Thread.sleep(pageMillis);
                FeedServer.send(exchange, 200, "text/html", FeedContent.page("Story", List.of(text), null, null));
            });
        }
        return items;
    }

    /**
     * {@code claimwatch.properties} for a {@code watch} JVM on the test broker: no pause between requests
     * (one loopback host), short backoff, {@code itemsPartitions} partitions of feed-items, and {@code extra} lines.
     */
    static java.nio.file.Path settingsFile(java.nio.file.Path dir, String bootstrapServers, int itemsPartitions, String... extra)
            throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "bootstrap.servers=" + bootstrapServers,
                "claimwatch.topic.partitions=1",
                "claimwatch.watch.host.interval=PT0S",
                "claimwatch.watch.backoff.max=PT2S",
                "claimwatch.watch.topic.items.partitions=" + itemsPartitions));
        lines.addAll(List.of(extra));
        return java.nio.file.Files.writeString(dir.resolve("claimwatch.properties"), String.join("\n", lines) + "\n");
    }

    /** A feed list of the one feed {@link #serve} put on {@code server}, polled every second. */
    static java.nio.file.Path feedsFile(java.nio.file.Path dir, FeedServer server) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("feeds.properties"),
                "feed.big.url=" + server.uri("/rss") + "\nfeed.big.interval=PT1S\n");
    }

    /** Waits until {@code n} distinct articles are on the topic; fails with the watcher's last words. */
    static void awaitArticles(String bootstrapServers, int n, ClaimwatchProcess process) {
        List<ConsumerRecord<String, Article>> read = TopicReader.readUntil(bootstrapServers, Topics.ARTICLES,
                new StringDeserializer(), JsonSerde.deserializer(Article.class),
                r -> r.stream().map(ConsumerRecord::key).distinct().count() >= n, Duration.ofSeconds(120));
        long distinct = read.stream().map(ConsumerRecord::key).distinct().count();
        assertTrue(distinct >= n, () -> "only " + distinct + " of " + n + " articles; the watcher said:\n" + process.tail(40));
    }

    /** Every item's article is on the topic exactly once, with its page's text and its own publication time. */
    static void assertEachPublishedOnce(String bootstrapServers, List<Item> items) {
        List<ConsumerRecord<String, Article>> records = TopicReader.readAll(bootstrapServers, Topics.ARTICLES,
                new StringDeserializer(), JsonSerde.deserializer(Article.class), Duration.ofSeconds(2));
        Map<String, Long> counts = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertEquals(items.stream().map(Item::link).collect(Collectors.toSet()), counts.keySet());
        Set<String> doubled = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(Set.of(), doubled, "published more than once");
        assertTrue(records.stream().map(ConsumerRecord::value).map(Article::text).allMatch(t -> t.matches("Story \\d+ says 1,000 troops moved, officials said on Monday\\.")));
        assertEquals(items.size(), records.stream().map(r -> r.value().publishedAt()).collect(Collectors.toSet()).size());
    }
}

package claimwatch.watch;

import claimwatch.ingest.Article;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ClaimwatchProcess;
import claimwatch.testing.FeedContent;
import claimwatch.testing.FeedContent.Item;
import claimwatch.testing.FeedServer;
import claimwatch.testing.TopicReader;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code claimwatch watch} in a JVM of its own over a feed of 200 items with pages: killed with
 * SIGKILL mid-poll twice, the broker restarted under it once; every item on {@code articles} exactly once.
 */
@Timeout(300)
class WatchCrashIT {

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    private static final int ITEMS = 200;

    @Test
    void everyItemOfA200ItemFeedIsPublishedExactlyOnceThroughKillsAndABrokerRestart() throws Exception {
        // Given: a feed of 200 items whose pages each take 15 ms, so one poll lasts seconds and a kill lands inside it
        try (FeedServer server = new FeedServer()) {
            List<Item> items = IntStream.range(0, ITEMS).mapToObj(i -> new Item("item-" + i, server.uri("/story/" + i).toString(),
                    "Story " + i, null, Instant.parse("2024-12-01T00:00:00Z").plusSeconds(60L * i))).toList();
            server.serve("/rss", "application/rss+xml", FeedContent.rss2(items));
            for (int i = 0; i < ITEMS; i++) {
                int n = i;
                server.route("/story/" + i, exchange -> {
                    Thread.sleep(15);
                    FeedServer.send(exchange, 200, "text/html", FeedContent.page("Story " + n,
                            List.of("Story " + n + " says 1,000 troops moved, officials said on Monday."), null, null));
                });
            }
            Path dir = kafka.workDir();
            Path config = Files.writeString(dir.resolve("claimwatch.properties"), String.join("\n",
                    "bootstrap.servers=" + kafka.bootstrapServers(),
                    "claimwatch.topic.partitions=1",
                    "claimwatch.watch.host.interval=PT0S",
                    "claimwatch.watch.backoff.max=PT2S",
                    "claimwatch.watch.topic.items.partitions=3", ""));
            Path feeds = Files.writeString(dir.resolve("feeds.properties"), String.join("\n",
                    "feed.big.url=" + server.uri("/rss"), "feed.big.interval=PT1S", ""));
            List<String> watch = List.of("watch", "--config", config.toString(), "--feeds", feeds.toString(),
                    "--instance-id", "crash", "--create-topics", "--status-every", "PT2S");
            // kept after the test, for a failure's post-mortem
            Path log = Path.of("target", "WatchCrashIT-watch.log");
            Files.deleteIfExists(log);

            // When: killed at 40 and at 110 articles, the broker restarted at 150, until all are there
            try (ClaimwatchProcess first = ClaimwatchProcess.start(watch, log)) {
                awaitArticles(40, first);
                first.kill();
            }
            try (ClaimwatchProcess second = ClaimwatchProcess.start(watch, log)) {
                awaitArticles(110, second);
                second.kill();
            }
            try (ClaimwatchProcess third = ClaimwatchProcess.start(watch, log)) {
                awaitArticles(150, third);
                kafka.broker().stop();
                Thread.sleep(3000);
                kafka.broker().restart();
                awaitArticles(ITEMS, third);
                Thread.sleep(3000);   // polls after the last item: nothing more may come
                third.stop();
            }

            // Then: each item's article once
            List<ConsumerRecord<String, Article>> records = TopicReader.readAll(kafka.bootstrapServers(), Topics.ARTICLES,
                    new StringDeserializer(), JsonSerde.deserializer(Article.class), Duration.ofSeconds(2));
            Map<String, Long> counts = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            Set<String> expected = items.stream().map(Item::link).collect(Collectors.toSet());
            assertEquals(expected, counts.keySet());
            List<String> doubled = new ArrayList<>(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList());
            assertEquals(List.of(), doubled, "published more than once");
            assertTrue(records.stream().map(ConsumerRecord::value).map(Article::text).allMatch(t -> t.matches("Story \\d+ says 1,000 troops moved, officials said on Monday\\.")));
            assertEquals(ITEMS, records.stream().map(r -> r.value().publishedAt()).collect(Collectors.toSet()).size());
        }
    }

    private static void awaitArticles(int n, ClaimwatchProcess process) {
        List<ConsumerRecord<String, Article>> read = TopicReader.readUntil(kafka.bootstrapServers(), Topics.ARTICLES,
                new StringDeserializer(), JsonSerde.deserializer(Article.class),
                r -> r.stream().map(ConsumerRecord::key).distinct().count() >= n, Duration.ofSeconds(90));
        long distinct = read.stream().map(ConsumerRecord::key).distinct().count();
        assertTrue(distinct >= n, () -> "only " + distinct + " of " + n + " articles; the watcher said:\n" + process.tail(40));
    }
}

package claimwatch.watch;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.Claim;
import claimwatch.ingest.Article;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.FeedContent;
import claimwatch.testing.FeedContent.Item;
import claimwatch.testing.FeedServer;
import claimwatch.testing.TopicReader;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.OutputStream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code watch} against the embedded broker, with the topology running: feeds of every format and
 * every kind of failure on a loopback server; each item once on {@code articles}, its story without
 * the page's furniture, its publication time, and the claims that follow.
 */
@Timeout(180)
class WatchIT {

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    private static final String TROOPS = "An estimated 10,000 North Korean troops are in Russia, according to the Pentagon.";
    private static FeedServer server;
    private static ClaimwatchConfig config;
    private static ClaimwatchApp app;

    @BeforeAll
    static void start() throws Exception {
        server = new FeedServer();
        config = ClaimwatchConfig.defaults()
                .with("bootstrap.servers", kafka.bootstrapServers())
                .with("application.id", "watch-it")
                .with("state.dir", kafka.workDir().resolve("streams").toString())
                .with("claimwatch.topic.partitions", "1")
                .with("claimwatch.watch.host.interval", "PT0S")
                .with("claimwatch.watch.read.timeout", "PT1S")
                .with("claimwatch.watch.max.bytes", String.valueOf(1024 * 1024))
                .with("claimwatch.watch.backoff.max", "PT2S")
                .with("claimwatch.watch.topic.items.partitions", "3");
        ClaimwatchApp.createTopics(config);
        app = ClaimwatchApp.start(config);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    private static String link(String path) {
        return server.uri(path).toString();
    }

    private static Feed feed(String id, String path) {
        return new Feed(id, server.uri(path), "Test " + id, Duration.ofSeconds(1));
    }

    private static List<ConsumerRecord<String, Article>> articles(Duration quiet) {
        return TopicReader.readAll(kafka.bootstrapServers(), Topics.ARTICLES, new StringDeserializer(),
                JsonSerde.deserializer(Article.class), quiet);
    }

    @Test
    void publishesEveryItemOfEveryFormatOnceWithItsStoryAndTimeWhileBrokenFeedsFailWithTheirReasons() throws Exception {
        // Given: an RSS, an Atom and a JSON feed (the JSON feed links to one story the RSS feed has too,
        // with other tracking parameters), pages with furniture, and six feeds that fail each their own way
        Instant t1 = Instant.parse("2024-10-28T17:00:00Z");
        Instant t2 = Instant.parse("2024-11-05T09:00:00Z");
        Instant pageTime = Instant.parse("2024-11-13T08:30:00Z");
        server.serve("/e2e/rss", "application/rss+xml", FeedContent.rss2(List.of(
                new Item("r1", link("/e2e/s/troops?utm_source=rss"), "Troops in Russia", "short", t1),
                new Item("r2", link("/e2e/s/border"), "Border", "short", t2))));
        server.serve("/e2e/atom", "application/atom+xml", FeedContent.atom(List.of(
                new Item("urn:a1", link("/e2e/s/ministry"), "Ministry", null, null))));
        server.serve("/e2e/json", "application/feed+json", FeedContent.jsonFeed(List.of(
                new Item("j1", link("/e2e/s/troops?utm_source=json&utm_medium=app"), "Troops in Russia", null, t1),
                new Item("j2", null, "Wire only", "A wire item of 2,000 soldiers, with no page at all, officials said.", t2))));
        server.serve("/e2e/s/troops", "text/html", FeedContent.page("Troops in Russia", List.of(TROOPS), null, null));
        server.serve("/e2e/s/border", "text/html", FeedContent.page("Border",
                List.of("Ukraine said 700 soldiers were moved to the northern border on Tuesday."), null, null));
        server.serve("/e2e/s/ministry", "text/html", FeedContent.page("Ministry",
                List.of("The ministry said about 1,500 troops had been trained last month."), null, pageTime));
        server.serve("/e2e/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut off");
        server.serve("/e2e/page.html", "text/html", "<html><body><p>not a feed</p></body></html>");
        server.route("/e2e/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/e2e/loop");
            FeedServer.send(exchange, 302, null, "");
        });
        server.route("/e2e/slow", exchange -> Thread.sleep(4000));
        server.route("/e2e/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] mb = new byte[1024 * 1024];
                for (int i = 0; i < 50; i++) {
                    out.write(mb);
                }
            }
        });
        List<Feed> feeds = List.of(feed("missing", "/e2e/missing"), feed("rss", "/e2e/rss"), feed("broken", "/e2e/broken.xml"),
                feed("atom", "/e2e/atom"), feed("html", "/e2e/page.html"), feed("json", "/e2e/json"),
                feed("loop", "/e2e/loop"), feed("slow", "/e2e/slow"), feed("huge", "/e2e/huge"));

        // When: watch runs for several poll intervals
        List<FeedStatus> status;
        try (Watcher watcher = Watcher.start(config, feeds, "it-e2e")) {
            TopicReader.readUntil(kafka.bootstrapServers(), Topics.ARTICLES, new StringDeserializer(),
                    JsonSerde.deserializer(Article.class), read -> read.size() >= 4, Duration.ofSeconds(60));
            Thread.sleep(4000);   // more polls of every feed: nothing more may come
            status = watcher.status();
        }

        // Then: each story once, by its canonical URL
        List<ConsumerRecord<String, Article>> records = articles(Duration.ofSeconds(2));
        Map<String, Long> counts = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        String wireOnly = "json:j2";
        assertEquals(Map.of(link("/e2e/s/troops"), 1L, link("/e2e/s/border"), 1L, link("/e2e/s/ministry"), 1L, wireOnly, 1L), counts);
        Map<String, Article> byId = records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
        assertEquals(TROOPS, byId.get(link("/e2e/s/troops")).text());
        for (Article article : byId.values()) {
            FeedContent.FURNITURE_MARKERS.forEach(m -> assertFalse(article.text().contains(m), m + " in " + article));
        }
        assertEquals(t1, byId.get(link("/e2e/s/troops")).publishedAt());
        assertEquals(pageTime, byId.get(link("/e2e/s/ministry")).publishedAt(), "the Atom item has no date: the page's");
        assertEquals(t1.toEpochMilli(), records.stream().filter(r -> r.key().equals(link("/e2e/s/troops"))).findFirst().orElseThrow().timestamp());
        assertEquals("A wire item of 2,000 soldiers, with no page at all, officials said.", byId.get(wireOnly).text());

        // and every broken feed is failing with its reason, the others healthy
        Map<String, FeedStatus> byFeed = status.stream().collect(Collectors.toMap(FeedStatus::feed, Function.identity()));
        assertEquals("HTTP 404", byFeed.get("missing").lastError());
        assertTrue(byFeed.get("broken").lastError().startsWith("not a feed"), byFeed.get("broken").lastError());
        assertEquals("content type text/html is not a feed", byFeed.get("html").lastError());
        assertTrue(byFeed.get("loop").lastError().startsWith("redirect loop"), byFeed.get("loop").lastError());
        assertTrue(byFeed.get("slow").lastError().contains("in 1 s"), byFeed.get("slow").lastError());
        assertTrue(byFeed.get("huge").lastError().startsWith("response over the limit"), byFeed.get("huge").lastError());
        for (String broken : List.of("missing", "broken", "html", "loop", "slow", "huge")) {
            assertEquals("failing", byFeed.get(broken).state(), broken);
        }
        for (String good : List.of("rss", "atom", "json")) {
            assertEquals("ok", byFeed.get(good).state(), good + ": " + byFeed.get(good));
            assertTrue(byFeed.get(good).lastPoll() != null && byFeed.get(good).nextPoll() != null);
        }
        assertEquals(2, byFeed.get("rss").itemsSeen());
        assertEquals(4, status.stream().mapToLong(FeedStatus::itemsPublished).sum());

        // and the topology turns the watched page into its claim
        List<ConsumerRecord<String, Claim>> claims = TopicReader.readUntil(kafka.bootstrapServers(), Topics.CLAIMS,
                new StringDeserializer(), JsonSerde.deserializer(Claim.class),
                read -> read.stream().anyMatch(r -> r.key().equals(link("/e2e/s/troops"))), Duration.ofSeconds(60));
        assertTrue(claims.stream().anyMatch(r -> r.key().equals(link("/e2e/s/troops")) && "PRK".equals(r.value().force())
                && Long.valueOf(10_000).equals(r.value().value())), () -> "claims: " + claims);
    }

    @Test
    void aRestartedInstanceAndASecondOneSharingTheFeedsPublishNothingTwiceAndEveryNewItemOnce() throws Exception {
        // Given: twelve feeds of one item each, watched by one instance until all are published
        ClaimwatchConfig shared = config.with("claimwatch.watch.topic.items", "feed-items-shared")
                .with("claimwatch.watch.group.id", "watch-it-shared");
        List<Feed> feeds = new java.util.ArrayList<>();
        for (int f = 0; f < 12; f++) {
            String path = "/shared/" + f + "/rss";
            List<Item> items = new java.util.ArrayList<>(List.of(item(f, 0)));
            server.route(path, exchange -> FeedServer.send(exchange, 200, "application/rss+xml", FeedContent.rss2(List.copyOf(items))));
            feeds.add(feed("shared-" + f, path));
            sharedItems.put(f, items);
        }
        try (Watcher first = Watcher.start(shared, feeds, "it-a")) {
            awaitSharedArticles(12);
        }

        // When: it restarts, a second instance joins, and every feed gets a second item
        try (Watcher a = Watcher.start(shared, feeds, "it-a"); Watcher b = Watcher.start(shared, feeds, "it-b")) {
            for (int f = 0; f < 12; f++) {
                sharedItems.get(f).add(item(f, 1));
            }
            awaitSharedArticles(24);
            Thread.sleep(3000);   // further polls by both
            Set<String> heldByA = held(a.status());
            Set<String> heldByB = held(b.status());
            // Then: the instances split the feeds between them, no feed on both
            assertEquals(12, heldByA.size() + heldByB.size(), "a " + heldByA + ", b " + heldByB);
            assertTrue(heldByA.stream().noneMatch(heldByB::contains));
        }
        // and every item is on the topic exactly once
        Map<String, Long> counts = articles(Duration.ofSeconds(2)).stream().filter(r -> r.key().contains("/shared/"))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertEquals(24, counts.size(), counts.toString());
        assertTrue(counts.values().stream().allMatch(n -> n == 1), counts.toString());
    }

    private static final Map<Integer, List<Item>> sharedItems = new java.util.concurrent.ConcurrentHashMap<>();

    private static Item item(int feed, int n) {
        return new Item("s" + feed + "-" + n, link("/shared/" + feed + "/story/" + n), "Story " + n,
                "Feed " + feed + " item " + n + " reports 1,200 troops near the border, officials said.", Instant.parse("2024-12-01T00:00:00Z").plusSeconds(n));
    }

    private static Set<String> held(List<FeedStatus> status) {
        return status.stream().filter(s -> !s.state().equals("elsewhere")).map(FeedStatus::feed).collect(Collectors.toSet());
    }

    private static void awaitSharedArticles(int n) {
        List<ConsumerRecord<String, Article>> read = TopicReader.readUntil(kafka.bootstrapServers(), Topics.ARTICLES,
                new StringDeserializer(), JsonSerde.deserializer(Article.class),
                r -> r.stream().map(ConsumerRecord::key).filter(k -> k.contains("/shared/")).distinct().count() >= n,
                Duration.ofSeconds(60));
        assertTrue(read.stream().map(ConsumerRecord::key).filter(k -> k.contains("/shared/")).distinct().count() >= n,
                "fewer than " + n + " shared articles in 60 s");
    }

}

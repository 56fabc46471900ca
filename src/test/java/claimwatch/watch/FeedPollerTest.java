package claimwatch.watch;

import claimwatch.ingest.Article;
import claimwatch.testing.FeedContent;
import claimwatch.testing.FeedContent.Item;
import claimwatch.testing.FeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One poll at a time against feeds and pages on a loopback server, into a sink that remembers in memory. */
class FeedPollerTest {

    private static final String STORY = "An estimated 10,000 North Korean troops are in Russia, according to the Pentagon.";

    /** The sink's contract without Kafka: items remembered, an article id published once. */
    private static final class MemorySink implements ItemSink {
        final List<Article> published = new ArrayList<>();
        final Set<String> items = new HashSet<>();
        final Set<String> articles = new HashSet<>();

        @Override
        public boolean isPublished(Feed feed, String itemKey) {
            return items.contains(feed.id() + "\n" + itemKey);
        }

        @Override
        public int publish(Feed feed, List<Ready> batch) {
            int written = 0;
            for (Ready ready : batch) {
                if (items.add(feed.id() + "\n" + ready.itemKey()) && articles.add(ready.article().id())) {
                    published.add(ready.article());
                    written++;
                }
            }
            return written;
        }
    }

    private final FeedServer server = new FeedServer();
    private final WatchSettings settings = Fixtures.fastSettings();
    private final MemorySink sink = new MemorySink();
    private final FeedPoller poller;

    FeedPollerTest() throws IOException {
        HttpFetcher fetcher = new HttpFetcher(settings);
        poller = new FeedPoller(fetcher, new RobotsRules(fetcher, settings), new HostPacer(), settings, sink);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Feed feed(String id, String path) {
        return new Feed(id, server.uri(path), "Test Wire", Duration.ofMinutes(1));
    }

    private String link(String path) {
        return server.uri(path).toString();
    }

    @Test
    void publishesEachNewItemOnceWithItsPageStoryWithoutFurniture() throws Exception {
        Instant at = Instant.parse("2024-10-28T17:00:00Z");
        server.serve("/rss", "application/rss+xml", FeedContent.rss2(List.of(
                new Item("g1", link("/story/1"), "Troops in Russia", "summary only", at))));
        server.serve("/story/1", "text/html; charset=utf-8", FeedContent.page("Troops in Russia", List.of(STORY), null, null));
        Feed feed = feed("wire", "/rss");

        FeedPoller.Outcome first = poller.poll(feed, Validators.NONE);
        FeedPoller.Outcome second = poller.poll(feed, first.validators());

        assertEquals(1, first.published());
        assertEquals(0, second.published());
        Article article = sink.published.get(0);
        assertEquals(STORY, article.text());
        assertEquals(at, article.publishedAt());
        assertEquals("Test Wire", article.source());
        assertEquals(link("/story/1"), article.id());
        FeedContent.FURNITURE_MARKERS.forEach(m -> assertFalse(article.text().contains(m), m));
        assertEquals(1, server.requests("/story/1").size(), "a published item's page is not fetched again");
    }

    @Test
    void aStoryReachedThroughTwoFeedsWithTrackingParametersIsOneArticle() throws Exception {
        server.serve("/a.xml", "application/rss+xml", FeedContent.rss2(List.of(
                new Item("a1", link("/story/9?utm_source=a"), "T", null, null))));
        server.serve("/b.json", "application/feed+json", FeedContent.jsonFeed(List.of(
                new Item("b1", link("/story/9?utm_source=b&utm_medium=json"), "T", null, null))));
        server.serve("/story/9", "text/html", FeedContent.page("T", List.of(STORY), null, null));

        poller.poll(feed("a", "/a.xml"), Validators.NONE);
        poller.poll(feed("b", "/b.json"), Validators.NONE);

        assertEquals(1, sink.published.size());
        assertEquals(link("/story/9"), sink.published.get(0).id());
    }

    @Test
    void takesTheCanonicalUrlOfThePageAsTheId() throws Exception {
        server.serve("/atom", "application/atom+xml", FeedContent.atom(List.of(new Item("urn:1", link("/amp/1"), "T", null, null))));
        server.serve("/amp/1", "text/html", FeedContent.page("T", List.of(STORY), link("/world/1?utm_campaign=amp"), null));
        poller.poll(feed("atom", "/atom"), Validators.NONE);
        assertEquals(link("/world/1"), sink.published.get(0).id());
    }

    @Test
    void usesTheItemsOwnTextWhenThePageIsMissingOrNotHtml() throws Exception {
        server.serve("/rss", "application/rss+xml", FeedContent.rss2(List.of(
                new Item("g1", link("/gone"), "Gone", "Officials said 1,500 troops had arrived in the region on Friday.", null),
                new Item("g2", link("/report.pdf"), "PDF", "The report counts 3,000 soldiers near the border, officials said.", null))));
        server.serve("/report.pdf", "application/pdf", "%PDF-1.4");
        poller.poll(feed("wire", "/rss"), Validators.NONE);
        assertEquals(List.of("Officials said 1,500 troops had arrived in the region on Friday.",
                "The report counts 3,000 soldiers near the border, officials said."), sink.published.stream().map(Article::text).toList());
    }

    @Test
    void usesTheItemsOwnTextForAPageRobotsTxtDisallows() throws Exception {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
        server.serve("/rss", "application/rss+xml", FeedContent.rss2(List.of(
                new Item("g1", link("/members/1"), "T", "Item text of a members-only story about 700 troops.", null))));
        server.serve("/members/1", "text/html", FeedContent.page("T", List.of(STORY), null, null));
        poller.poll(feed("wire", "/rss"), Validators.NONE);
        assertEquals("Item text of a members-only story about 700 troops.", sink.published.get(0).text());
        assertEquals(0, server.requests("/members/1").size());
    }

    @Test
    void aRedirectIntoWhatRobotsTxtDisallowsIsNotFollowed() throws Exception {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
        server.serve("/rss", "application/rss+xml", FeedContent.rss2(List.of(
                new Item("g1", link("/s/1"), "T", "Item text of a story behind a login, about 900 troops.", null))));
        server.route("/s/1", exchange -> {
            exchange.getResponseHeaders().set("Location", "/members/1");
            FeedServer.send(exchange, 302, null, "");
        });
        server.serve("/members/1", "text/html", FeedContent.page("T", List.of(STORY), null, null));
        poller.poll(feed("wire", "/rss"), Validators.NONE);
        assertEquals("Item text of a story behind a login, about 900 troops.", sink.published.get(0).text());
        assertEquals(0, server.requests("/members/1").size());
    }

    @Test
    void anItemWithNoTextAnywhereWaitsForTheNextPollInsteadOfBeingSkipped() throws Exception {
        server.serve("/rss", "application/rss+xml", FeedContent.rss2(List.of(new Item("g1", link("/late"), "T", null, null))));
        Feed feed = feed("wire", "/rss");
        FeedPoller.Outcome first = poller.poll(feed, Validators.NONE);
        assertEquals(1, first.waiting());
        assertTrue(sink.published.isEmpty());

        server.serve("/late", "text/html", FeedContent.page("T", List.of(STORY), null, null));
        FeedPoller.Outcome second = poller.poll(feed, Validators.NONE);
        assertEquals(1, second.published());
    }

    @Test
    void takesThePublicationTimeFromThePageWhenTheItemHasNoneElseFromADateline() throws Exception {
        Instant meta = Instant.parse("2024-11-05T09:00:00Z");
        server.serve("/rss", "application/rss+xml", FeedContent.rss091(List.of(
                new Item(null, link("/meta"), "With meta", null, null),
                new Item(null, link("/dateline"), "With dateline", null, null),
                new Item(null, link("/undated"), "Undated", null, null))));
        server.serve("/meta", "text/html", FeedContent.page("M", List.of(STORY), null, meta));
        server.serve("/dateline", "text/html", FeedContent.page("D",
                List.of("KYIV, Nov 13, 2024 (Reuters) - " + STORY), null, null));
        server.serve("/undated", "text/html", FeedContent.page("U", List.of(STORY), null, null));
        poller.poll(feed("old", "/rss"), Validators.NONE);
        assertEquals(meta, sink.published.get(0).publishedAt());
        assertEquals(Instant.parse("2024-11-13T00:00:00Z"), sink.published.get(1).publishedAt());
        assertNull(sink.published.get(2).publishedAt());
    }

    @Test
    void anUnchangedFeedCostsA304AndFetchesNoPage() throws Exception {
        server.route("/rss", exchange -> {
            if ("\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FeedServer.send(exchange, 304, null, "");
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"1\"");
            FeedServer.send(exchange, 200, "application/rss+xml", FeedContent.rss2(List.of(new Item("g", link("/s"), "T", STORY, null))));
        });
        Feed feed = feed("wire", "/rss");
        FeedPoller.Outcome first = poller.poll(feed, Validators.NONE);
        FeedPoller.Outcome second = poller.poll(feed, first.validators());
        assertTrue(second.notModified());
        assertEquals(1, server.requests("/s").size());
    }
}

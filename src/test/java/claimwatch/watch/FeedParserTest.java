package claimwatch.watch;

import claimwatch.testing.FeedContent;
import claimwatch.testing.FeedContent.Item;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

import static claimwatch.watch.Fixtures.fetched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedParserTest {

    private static final List<Item> ITEMS = List.of(
            new Item("urn:story:1", "http://news.test/a/1", "Troops arrive", "About 1,500 troops arrived.", Instant.parse("2024-10-18T06:00:00Z")),
            new Item("urn:story:2", "http://news.test/a/2", "More troops", "Another 3,000 came.", Instant.parse("2024-10-23T12:30:00Z")));

    @Test
    void readsRss2ItemsWithGuidLinkTitleTextAndDate() throws Exception {
        List<FeedItem> items = FeedParser.parse(fetched("http://f.test/rss", "application/rss+xml", FeedContent.rss2(ITEMS)));
        assertEquals(List.of("urn:story:1", "urn:story:2"), items.stream().map(FeedItem::key).toList());
        assertEquals("http://news.test/a/2", items.get(1).link());
        assertEquals("More troops", items.get(1).title());
        assertEquals("Another 3,000 came.", items.get(1).text());
        assertEquals(Instant.parse("2024-10-23T12:30:00Z"), items.get(1).publishedAt());
    }

    @Test
    void knowsRss091ItemsByTheirLink() throws Exception {
        List<FeedItem> items = FeedParser.parse(fetched("http://f.test/rss", "text/xml", FeedContent.rss091(ITEMS)));
        assertEquals(List.of("http://news.test/a/1", "http://news.test/a/2"), items.stream().map(FeedItem::key).toList());
        assertNull(items.get(0).publishedAt());
    }

    @Test
    void readsAtomEntriesAndTurnsTheirHtmlSummaryIntoText() throws Exception {
        List<FeedItem> items = FeedParser.parse(fetched("http://f.test/atom", "application/atom+xml", FeedContent.atom(ITEMS)));
        assertEquals("urn:story:1", items.get(0).key());
        assertEquals("About 1,500 troops arrived.", items.get(0).text());
        assertEquals(Instant.parse("2024-10-18T06:00:00Z"), items.get(0).publishedAt());
        assertEquals("http://news.test/a/1", items.get(0).link());
    }

    @Test
    void readsJsonFeedItems() throws Exception {
        List<FeedItem> items = FeedParser.parse(fetched("http://f.test/feed.json", "application/feed+json", FeedContent.jsonFeed(ITEMS)));
        assertEquals(List.of("urn:story:1", "urn:story:2"), items.stream().map(FeedItem::key).toList());
        assertEquals("Another 3,000 came.", items.get(1).text());
        assertEquals(Instant.parse("2024-10-23T12:30:00Z"), items.get(1).publishedAt());
    }

    @Test
    void readsTheCharsetTheContentTypeHeaderNames() throws Exception {
        String rss = FeedContent.rss2(List.of(new Item("g", "http://n.test/x", "Défense: l'armée", null, null)))
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        Fetched latin1 = new Fetched(java.net.URI.create("http://f.test/rss"), false, "application/rss+xml; charset=ISO-8859-1",
                Validators.NONE, rss.getBytes(Charset.forName("ISO-8859-1")));
        assertEquals("Défense: l'armée", FeedParser.parse(latin1).get(0).title());
    }

    @Test
    void refusesMalformedXmlWithTheReason() {
        FetchFailed failed = assertThrows(FetchFailed.class, () ->
                FeedParser.parse(fetched("http://f.test/rss", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut")));
        assertTrue(failed.getMessage().startsWith("not a feed"), failed.getMessage());
    }

    @Test
    void refusesAnHtmlPageServedWhereTheFeedShouldBe() {
        FetchFailed failed = assertThrows(FetchFailed.class, () ->
                FeedParser.parse(fetched("http://f.test/rss", "text/html; charset=utf-8", "<html><body>moved</body></html>")));
        assertEquals("content type text/html is not a feed", failed.getMessage());
    }

    @Test
    void refusesJsonThatIsNotAJsonFeed() {
        FetchFailed failed = assertThrows(FetchFailed.class, () ->
                FeedParser.parse(fetched("http://f.test/x.json", "application/json", "{\"items\": 3}")));
        assertTrue(failed.getMessage().startsWith("not a JSON Feed"), failed.getMessage());
    }

    @Test
    void refusesADoctypeSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><link>http://a/</link></item></channel></rss>";
        assertThrows(FetchFailed.class, () -> FeedParser.parse(fetched("http://f.test/rss", "application/rss+xml", xxe)));
    }
}

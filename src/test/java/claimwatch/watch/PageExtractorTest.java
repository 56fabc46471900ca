package claimwatch.watch;

import claimwatch.testing.FeedContent;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

import static claimwatch.watch.Fixtures.fetched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageExtractorTest {

    private static final List<String> STORY = List.of(
            "An estimated 10,000 North Korean troops are in Russia, according to the Pentagon.",
            "The figure rose from 3,000 a week earlier, officials said on Monday.");

    @Test
    void keepsTheStoryParagraphsAndDropsEveryPieceOfFurniture() {
        Page page = PageExtractor.extract(fetched("http://news.test/a/1", "text/html",
                FeedContent.page("Troops in Russia", STORY, null, null)));
        assertEquals(String.join("\n\n", STORY), page.text());
        for (String marker : FeedContent.FURNITURE_MARKERS) {
            assertFalse(page.text().contains(marker), marker + " in " + page.text());
        }
        assertEquals("Troops in Russia", page.title());
    }

    @Test
    void findsTheStoryOnAPageWithoutArticleMarkupByItsParagraphs() {
        String html = "<html><body><div class=\"menu\"><p>Home NAVMARKER and more links here for you.</p></div>"
                + "<div id=\"content\"><p>" + STORY.get(0) + "</p><p>" + STORY.get(1) + "</p></div>"
                + "<div class=\"sidebar\"><p>Most read RELATEDMARKER stories of the week are here.</p></div></body></html>";
        Page page = PageExtractor.extract(fetched("http://news.test/a/2", "text/html", html));
        assertEquals(String.join("\n\n", STORY), page.text());
    }

    @Test
    void takesTheCanonicalLinkResolvedAgainstThePage() {
        Page page = PageExtractor.extract(fetched("http://news.test/a/1?utm_source=rss", "text/html",
                FeedContent.page("T", STORY, "/world/troops-in-russia", null)));
        assertEquals(URI.create("http://news.test/world/troops-in-russia"), page.canonical());
    }

    @Test
    void readsThePublicationTimeFromArticlePublishedTime() {
        Page page = PageExtractor.extract(fetched("http://news.test/a/1", "text/html",
                FeedContent.page("T", STORY, null, Instant.parse("2024-10-28T17:00:00Z"))));
        assertEquals(Instant.parse("2024-10-28T17:00:00Z"), page.publishedAt());
    }

    @Test
    void readsThePublicationTimeFromJsonLdInsideAGraph() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-05T09:15:00+02:00\"}]}</script>"
                + "</head><body><article><p>" + STORY.get(0) + "</p></article></body></html>";
        assertEquals(Instant.parse("2024-11-05T07:15:00Z"), PageExtractor.extract(fetched("http://n.test/x", "text/html", html)).publishedAt());
    }

    @Test
    void readsThePublicationTimeFromATimeElementEvenInTheHeaderItRemoves() {
        String html = "<html><body><article><header><time datetime=\"2024-11-13\">13 November</time></header><p>"
                + STORY.get(0) + "</p></article></body></html>";
        Page page = PageExtractor.extract(fetched("http://n.test/x", "text/html", html));
        assertEquals(Instant.parse("2024-11-13T00:00:00Z"), page.publishedAt());
        assertEquals(STORY.get(0), page.text());
    }

    @Test
    void hasNoPublicationTimeWhenThePageStatesNone() {
        assertNull(PageExtractor.extract(fetched("http://n.test/x", "text/html", FeedContent.page("T", STORY, null, null))).publishedAt());
    }

    @Test
    void decodesThePageInTheCharsetItsMetaTagNames() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Le ministère de la Défense "
                + "a annoncé l’arrivée de 1 500 soldats.</p></article></body></html>";
        Fetched fetched = new Fetched(URI.create("http://n.test/fr"), false, "text/html", Validators.NONE,
                html.getBytes(Charset.forName("windows-1252")));
        assertTrue(PageExtractor.extract(fetched).text().contains("ministère de la Défense a annoncé l’arrivée"));
    }
}

package claimwatch.watch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedListTest {

    private static final String OPML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>my feeds</title></head><body>
              <outline text="World">
                <outline type="rss" text="UN News" title="UN News" xmlUrl="https://news.un.org/rss.xml"/>
                <outline type="rss" text="Ministry of Defence" xmlUrl="https://mod.test/feed.atom"/>
              </outline>
              <outline text="A folder without a feed"/>
            </body></opml>
            """;

    private static Properties props(String text) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(text));
        return props;
    }

    @Test
    void readsEachFeedsUrlSourceAndIntervalWithDefaults() throws IOException {
        List<Feed> feeds = FeedList.fromProperties(props("""
                default.interval=PT20M
                feed.un.url=https://news.un.org/rss.xml
                feed.un.source=UN News
                feed.mod.url=https://mod.test/feed.atom
                feed.mod.interval=PT5M
                """), path -> List.of());
        assertEquals(List.of(
                new Feed("mod", URI.create("https://mod.test/feed.atom"), "mod.test", Duration.ofMinutes(5)),
                new Feed("un", URI.create("https://news.un.org/rss.xml"), "UN News", Duration.ofMinutes(20))), feeds);
    }

    @Test
    void refusesAMisspelledKeyRatherThanIgnoringIt() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                FeedList.fromProperties(props("feed.un.url=https://news.un.org/rss.xml\nfeed.un.intervall=PT5M\n"), p -> List.of()));
        assertTrue(e.getMessage().contains("feed.un.intervall"), e.getMessage());
    }

    @Test
    void refusesAFeedWithoutUrl() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> FeedList.fromProperties(props("feed.un.source=UN\n"), p -> List.of()));
    }

    @Test
    void importsEveryOutlineWithAnXmlUrlFromOpml() throws IOException {
        List<Feed> feeds = Opml.parse(new ByteArrayInputStream(OPML.getBytes(StandardCharsets.UTF_8)), Duration.ofMinutes(15));
        assertEquals(List.of(
                new Feed("un-news", URI.create("https://news.un.org/rss.xml"), "UN News", Duration.ofMinutes(15)),
                new Feed("ministry-of-defence", URI.create("https://mod.test/feed.atom"), "Ministry of Defence", Duration.ofMinutes(15))),
                feeds);
    }

    @Test
    void aPropertiesFileCanImportAnOpmlFileBesideIt() throws IOException {
        Path dir = Files.createTempDirectory("feeds");
        Files.writeString(dir.resolve("subs.opml"), OPML);
        Files.writeString(dir.resolve("feeds.properties"), "feed.extra.url=https://extra.test/rss\nopml=subs.opml\n");
        List<Feed> feeds = FeedList.load(dir.resolve("feeds.properties"));
        assertEquals(List.of("extra", "un-news", "ministry-of-defence"), feeds.stream().map(Feed::id).toList());
    }

    @Test
    void theExampleFeedListIsValid() {
        assertTrue(FeedList.load(Path.of("config", "feeds.properties")).size() >= 1);
    }
}

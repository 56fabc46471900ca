package claimwatch.watch;

import claimwatch.testing.FeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobotsRulesTest {

    private final FeedServer server = new FeedServer();
    private final WatchSettings settings = Fixtures.fastSettings();
    private final RobotsRules robots = new RobotsRules(new HttpFetcher(settings), settings);

    RobotsRulesTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refusesWhatRobotsTxtDisallowsForUsAndAllowsTheRest() {
        server.serve("/robots.txt", "text/plain", "User-agent: claimwatch\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
        FetchFailed refused = assertThrows(FetchFailed.class, () -> robots.check(server.uri("/private/feed.xml")));
        assertTrue(refused.getMessage().contains("disallows /private/feed.xml"), refused.getMessage());
        assertDoesNotThrow(() -> robots.check(server.uri("/news/feed.xml")));
    }

    @Test
    void readsRobotsTxtOncePerHostWhileItIsCached() throws Exception {
        server.serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        robots.check(server.uri("/a"));
        robots.check(server.uri("/b"));
        assertEquals(1, server.requests("/robots.txt").size());
    }

    @Test
    void allowsEverythingWhenThereIsNoRobotsTxt() {
        assertDoesNotThrow(() -> robots.check(server.uri("/anything")));
    }

    @Test
    void fetchesNothingFromAHostWhoseRobotsTxtFailsWithA5xx() {
        server.route("/robots.txt", exchange -> FeedServer.send(exchange, 503, "text/plain", "down"));
        FetchFailed deferred = assertThrows(FetchFailed.class, () -> robots.check(server.uri("/feed")));
        assertTrue(deferred.getMessage().contains("unavailable (HTTP 503)"), deferred.getMessage());
    }

    @Test
    void takesTheCrawlDelayOfOurGroup() throws Exception {
        server.serve("/robots.txt", "text/plain", "User-agent: claimwatch\nCrawl-delay: 3\nAllow: /\n");
        assertEquals(Duration.ofSeconds(3), robots.crawlDelay(server.uri("/feed")));
    }
}

package claimwatch.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CanonicalUrlsTest {

    private static String canonical(String url) {
        return CanonicalUrls.canonical(URI.create(url)).toString();
    }

    @Test
    void stripsTrackingParametersAndKeepsTheOthersInOrder() {
        assertEquals("https://news.test/story?id=42&page=2",
                canonical("https://news.test/story?utm_source=rss&id=42&utm_medium=feed&fbclid=abc&page=2&gclid=x"));
    }

    @Test
    void dropsTheQueryWhenOnlyTrackingWasInIt() {
        assertEquals("https://news.test/story", canonical("https://news.test/story?utm_campaign=x&utm_content=y"));
    }

    @Test
    void lowerCasesSchemeAndHostDropsDefaultPortAndFragment() {
        assertEquals("https://news.test/World/Story", canonical("HTTPS://News.TEST:443/World/Story#comments"));
        assertEquals("http://news.test:8080/", canonical("http://news.test:8080"));
    }
}

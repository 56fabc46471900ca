package claimwatch.watch;

import claimwatch.testing.FeedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fetcher against a real HTTP server on loopback. */
class HttpFetcherTest {

    private final FeedServer server = new FeedServer();
    private final WatchSettings settings = Fixtures.fastSettings();
    private final HttpFetcher fetcher = new HttpFetcher(settings);

    HttpFetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Fetched get(String path, Validators validators) throws Exception {
        return fetcher.get(server.uri(path), validators, "*/*");
    }

    private FetchFailed failure(String path) {
        return assertThrows(FetchFailed.class, () -> get(path, Validators.NONE));
    }

    @Test
    void sendsItsUserAgentAndReturnsTheBodyAndContentType() throws Exception {
        server.serve("/feed", "application/rss+xml; charset=utf-8", "<rss/>");
        Fetched got = get("/feed", Validators.NONE);
        assertArrayEquals("<rss/>".getBytes(StandardCharsets.UTF_8), got.body());
        assertEquals("application/rss+xml", got.mediaType());
        assertEquals(StandardCharsets.UTF_8, got.charset().orElseThrow());
        assertEquals(settings.userAgent(), server.requests("/feed").get(0).headers().getFirst("User-Agent"));
    }

    @Test
    void asksConditionallyWithTheLastETagAndLastModifiedAndTakesA304AsUnchanged() throws Exception {
        String lastModified = "Wed, 20 Nov 2024 10:00:00 GMT";
        server.route("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FeedServer.send(exchange, 304, null, "");
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            FeedServer.send(exchange, 200, "application/rss+xml", "<rss/>");
        });
        Fetched first = get("/feed", Validators.NONE);
        assertEquals(new Validators("\"v1\"", lastModified), first.validators());
        Fetched second = get("/feed", first.validators());
        assertTrue(second.notModified());
        assertEquals(lastModified, server.requests("/feed").get(1).headers().getFirst("If-Modified-Since"));
        assertEquals(first.validators(), second.validators());
    }

    @Test
    void followsRedirectsAndSaysWhereTheyEnded() throws Exception {
        server.route("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            FeedServer.send(exchange, 301, null, "");
        });
        server.serve("/new", "text/html", "<p>here</p>");
        assertEquals(server.uri("/new"), get("/old", Validators.NONE).uri());
    }

    @Test
    void namesARedirectLoop() {
        server.route("/a", exchange -> {
            exchange.getResponseHeaders().set("Location", "/b");
            FeedServer.send(exchange, 302, null, "");
        });
        server.route("/b", exchange -> {
            exchange.getResponseHeaders().set("Location", "/a");
            FeedServer.send(exchange, 302, null, "");
        });
        assertEquals("redirect loop at " + server.uri("/a"), failure("/a").getMessage());
    }

    @Test
    void followsNoMoreThanTheMaximumOfRedirects() {
        for (int i = 0; i < 10; i++) {
            String next = "/r" + (i + 1);
            server.route("/r" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", next);
                FeedServer.send(exchange, 307, null, "");
            });
        }
        assertTrue(failure("/r0").getMessage().startsWith("more than 5 redirects"));
        assertEquals(0, server.requests("/r6").size());
    }

    @Test
    void reportsTheStatusOfA404AndA500() {
        server.route("/broken", exchange -> FeedServer.send(exchange, 500, "text/plain", "oops"));
        FetchFailed missing = failure("/missing");
        assertEquals("HTTP 404", missing.getMessage());
        assertEquals(404, missing.status());
        assertEquals("HTTP 500", failure("/broken").getMessage());
    }

    @Test
    void passesOnRetryAfterInSecondsAndAsADate() {
        server.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            FeedServer.send(exchange, 503, "text/plain", "busy");
        });
        server.route("/later", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(1)));
            FeedServer.send(exchange, 429, "text/plain", "slow down");
        });
        assertEquals(Duration.ofSeconds(120), failure("/busy").retryAfter().orElseThrow());
        Duration later = failure("/later").retryAfter().orElseThrow();
        assertTrue(later.compareTo(Duration.ofMinutes(58)) > 0 && later.compareTo(Duration.ofMinutes(61)) < 0, later.toString());
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        server.route("/slow", exchange -> Thread.sleep(5000));
        long start = System.nanoTime();
        FetchFailed failed = failure("/slow");
        assertTrue(failed.getMessage().contains("1 s"), failed.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(4)) < 0);
    }

    @Test
    void givesUpOnABodyThatTricklesPastTheDeadline() {
        server.route("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("<rss>".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(100);
                }
            }
        });
        assertTrue(failure("/trickle").getMessage().startsWith("no complete answer"));
    }

    @Test
    void stopsDownloadingAResponseOverTheSizeCap() {
        byte[] mb = new byte[1024 * 1024];
        server.route("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);   // chunked: no Content-Length to refuse it by
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(mb);
                }
            }
        });
        server.route("/declared", exchange -> {
            exchange.sendResponseHeaders(200, 50L * mb.length);
            exchange.getResponseBody().write(mb);
        });
        assertTrue(failure("/huge").getMessage().startsWith("response over the limit of 1048576 bytes"));
        assertTrue(failure("/declared").getMessage().startsWith("response over the limit of 1048576 bytes"));
    }

    @Test
    void namesARefusedConnection() throws Exception {
        URI nobody;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
        }
        FetchFailed failed = assertThrows(FetchFailed.class, () -> fetcher.get(nobody, Validators.NONE, "*/*"));
        assertTrue(failed.getMessage().startsWith("connection refused"), failed.getMessage());
    }
}

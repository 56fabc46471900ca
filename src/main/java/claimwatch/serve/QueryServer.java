package claimwatch.serve;

import claimwatch.ingest.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-only HTTP face of a claimwatch instance, on the JDK's own {@link HttpServer} (no dependency;
 * chunked responses carry Server-Sent Events): routes each path to its resource, writes JSON, turns
 * {@link BadRequest} into its status with {@code {"error": reason}}, refuses anything but GET and HEAD.
 *
 * <pre>
 *   GET /                                   the dashboard
 *   GET /api/trackers                       the tracked series
 *   GET /api/trackers/{name}/timeline       ?window=daily&amp;from=&amp;to=
 *   GET /api/claims                         ?tracker=&amp;party=&amp;from=&amp;to=&amp;limit=
 *   GET /api/alerts                         ?tracker=&amp;limit=
 *   GET /api/alerts/stream                  ?tracker=   (text/event-stream)
 *   GET /api/instances                      the instances and which stores they hold
 *   GET /api/feeds                          the health of the feeds this instance watches
 * </pre>
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryServer.class);
    private static final Pattern TIMELINE = Pattern.compile("/api/trackers/([A-Za-z0-9._-]+)/timeline");
    private static final Pattern DASHBOARD_FILE = Pattern.compile("/dashboard/([^/]+)");

    private final HttpServer server;
    private final ExecutorService threads;
    private volatile Resources resources;
    private volatile FeedsResource feeds = FeedsResource.NONE;

    /** The resources, once the Streams instance behind them exists. */
    record Resources(TimelineResource timeline, ClaimsResource claims, AlertsResource alerts,
                     DashboardResource dashboard, InstancesResource instances) {
    }

    private QueryServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Binds the port now (so {@code application.server} can name it); requests get 503 until {@link #serve}. */
    static QueryServer bind(String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        AtomicInteger n = new AtomicInteger();
        // unbounded: each open alert stream holds a thread (AlertsResource caps them)
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "claimwatch-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        QueryServer qs = new QueryServer(server, threads);
        server.createContext("/", qs::handle);
        server.start();
        return qs;
    }

    void serve(Resources resources) {
        this.resources = resources;
    }

    void serveFeeds(FeedsResource feeds) {
        this.feeds = feeds;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                throw new BadRequest(405, method + " is not allowed: the API is read-only");
            }
            Resources r = resources;
            if (r == null) {
                throw BadRequest.unavailable("starting; retry");
            }
            route(exchange, r);
        } catch (BadRequest e) {
            send(exchange, e.status(), "application/json", error(e.getMessage()));
        } catch (RuntimeException | IOException e) {
            log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            send(exchange, 500, "application/json", error("internal error: " + e));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, Resources r) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        Request request = new Request(uri, exchange.getRequestHeaders().containsKey(Peers.FORWARDED));
        Matcher m;
        if (path.equals("/") || path.equals("/index.html")) {
            staticFile(exchange, r.dashboard().file("index.html"));
        } else if ((m = DASHBOARD_FILE.matcher(path)).matches()) {
            staticFile(exchange, r.dashboard().file(m.group(1)));
        } else if (path.equals("/api/trackers")) {
            json(exchange, r.timeline().trackers(request));
        } else if ((m = TIMELINE.matcher(path)).matches()) {
            json(exchange, r.timeline().timeline(request, m.group(1)));
        } else if (path.equals("/api/claims")) {
            json(exchange, r.claims().claims(request));
        } else if (path.equals("/api/alerts")) {
            json(exchange, r.alerts().recent(request));
        } else if (path.equals("/api/alerts/stream")) {
            r.alerts().stream(exchange);
        } else if (path.equals("/api/instances")) {
            json(exchange, r.instances().instances(request));
        } else if (path.equals("/api/feeds")) {
            json(exchange, feeds.feeds(request));
        } else {
            throw BadRequest.notFound("no resource " + path + "; see README \"Query API\"");
        }
    }

    private static void json(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = body instanceof RawJson raw
                ? raw.json().getBytes(StandardCharsets.UTF_8)
                : Json.MAPPER.writeValueAsBytes(body);
        send(exchange, 200, "application/json", bytes);
    }

    private static void staticFile(HttpExchange exchange, DashboardResource.StaticFile file) {
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, file.contentType(), file.bytes());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) {
        try {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // headers already sent (a failing stream) or the client left: nothing more to tell it
            log.debug("could not answer {}", exchange.getRequestURI(), e);
        }
    }

    private static byte[] error(String reason) {
        try {
            return Json.MAPPER.writeValueAsBytes(Map.of("error", reason));
        } catch (IOException e) {
            return "{\"error\":\"unprintable\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        Resources r = resources;
        if (r != null) {
            r.alerts().close();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}

package claimwatch.serve;

import claimwatch.ingest.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The read-only HTTP face of a claimwatch instance, on Javalin (Jetty): one route per resource, JSON
 * written with claimwatch's own mapper, {@link BadRequest} turned into its status with
 * {@code {"error": reason}}, anything but GET and HEAD refused. The routes, and the OpenAPI description
 * of them served at {@code /openapi.json}:
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
 *   GET /metrics                            Prometheus text format (claimwatch's meters, Kafka's, the JVM's)
 *   GET /health/live                        200 while the process answers
 *   GET /health/ready                       200 while Kafka Streams runs, its stores answer and the broker does; else 503
 *   GET /openapi.json                       the OpenAPI description of these
 * </pre>
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryServer.class);
    private static final Pattern TRACKER_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern DASHBOARD_FILE = Pattern.compile("[^/]+");
    /** Prometheus' text exposition format, version 0.0.4: what every Prometheus server scrapes. */
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** The paths served, in Javalin's syntax; the OpenAPI description names the same (OpenApiTest). */
    static final List<String> ROUTES = List.of("/", "/index.html", "/dashboard/{file}", "/api/trackers",
            "/api/trackers/{name}/timeline", "/api/claims", "/api/alerts", "/api/alerts/stream", "/api/instances", "/api/feeds",
            "/metrics", "/health/live", "/health/ready", "/openapi.json");

    private final Javalin app;
    private volatile Resources resources;
    private volatile FeedsResource feeds = FeedsResource.NONE;

    /** The resources, once the Streams instance behind them exists. */
    record Resources(TimelineResource timeline, ClaimsResource claims, AlertsResource alerts,
                     DashboardResource dashboard, InstancesResource instances, HealthResource health,
                     PrometheusMeterRegistry metrics) {
    }

    private QueryServer() {
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.router.ignoreTrailingSlashes = false; // "/api/trackers/" is no resource, as "/api/trackerz" is not
            config.http.disableCompression(); // Server-Sent Events must go out as they are written
        });
        app.before(this::refuseAllButGetAndHead);
        app.exception(BadRequest.class, (e, ctx) -> send(ctx, e.status(), "application/json", error(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            log.warn("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, 500, "application/json", error("internal error: " + e));
        });
        get("/health/live", ctx -> json(ctx, HealthResource.live()));
        get("/openapi.json", ctx -> staticFile(ctx, OpenApi.description()));
        get("/", ctx -> staticFile(ctx, ready().dashboard().file("index.html")));
        get("/index.html", ctx -> staticFile(ctx, ready().dashboard().file("index.html")));
        get("/dashboard/{file}", ctx -> staticFile(ctx, ready().dashboard().file(segment(ctx, "file", DASHBOARD_FILE))));
        get("/api/trackers", ctx -> json(ctx, ready().timeline().trackers(request(ctx))));
        get("/api/trackers/{name}/timeline", ctx -> json(ctx, ready().timeline().timeline(request(ctx),
                segment(ctx, "name", TRACKER_NAME))));
        get("/api/claims", ctx -> json(ctx, ready().claims().claims(request(ctx))));
        get("/api/alerts", ctx -> json(ctx, ready().alerts().recent(request(ctx))));
        get("/api/alerts/stream", ctx -> ready().alerts().stream(request(ctx), ctx.res()));
        get("/api/instances", ctx -> json(ctx, ready().instances().instances(request(ctx))));
        get("/api/feeds", ctx -> json(ctx, feeds.feeds(request(ctx))));
        get("/health/ready", ctx -> json(ctx, ready().health().ready()));
        get("/metrics", ctx -> send(ctx, 200, PROMETHEUS_TEXT, ready().metrics().scrape().getBytes(StandardCharsets.UTF_8)));
        get("/*", ctx -> {
            throw BadRequest.notFound("no resource " + ctx.path() + "; see README \"Query API\"");
        });
    }

    /** Binds the port now (so {@code application.server} can name it); requests get 503 until {@link #serve}. */
    static QueryServer bind(String host, int port) throws IOException {
        QueryServer server = new QueryServer();
        try {
            server.app.start(host, port);
        } catch (RuntimeException e) {
            server.app.stop();
            throw new IOException(e.getMessage(), e);
        }
        return server;
    }

    void serve(Resources resources) {
        this.resources = resources;
    }

    void serveFeeds(FeedsResource feeds) {
        this.feeds = feeds;
    }

    public int port() {
        return app.port();
    }

    public InetSocketAddress address() {
        ServerConnector connector = (ServerConnector) app.jettyServer().server().getConnectors()[0];
        return new InetSocketAddress(connector.getHost(), app.port());
    }

    /** GET, and HEAD answered by the same handler with the body left out. */
    private void get(String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private void refuseAllButGetAndHead(Context ctx) {
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            ctx.header("Allow", "GET, HEAD");
            throw new BadRequest(405, ctx.method() + " is not allowed: the API is read-only");
        }
    }

    private Resources ready() {
        Resources r = resources;
        if (r == null) {
            throw BadRequest.unavailable("starting; retry");
        }
        return r;
    }

    /** A path segment, or a 404 naming the whole path when it is not of the form the route takes. */
    private static String segment(Context ctx, String name, Pattern form) {
        String value = ctx.pathParam(name);
        if (!form.matcher(value).matches()) {
            throw BadRequest.notFound("no resource " + ctx.path() + "; see README \"Query API\"");
        }
        return value;
    }

    private static Request request(Context ctx) {
        String query = ctx.queryString();
        return new Request(URI.create(ctx.req().getRequestURI() + (query == null ? "" : "?" + query)),
                ctx.header(Peers.FORWARDED) != null);
    }

    private static void json(Context ctx, Object body) throws IOException {
        byte[] bytes = body instanceof RawJson raw
                ? raw.json().getBytes(StandardCharsets.UTF_8)
                : Json.MAPPER.writeValueAsBytes(body);
        send(ctx, 200, "application/json", bytes);
    }

    private static void staticFile(Context ctx, DashboardResource.StaticFile file) {
        ctx.header("Cache-Control", "no-cache");
        send(ctx, 200, file.contentType(), file.bytes());
    }

    private static void send(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status).contentType(contentType).result(body);
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
            r.health().close();
        }
        app.stop();
    }
}

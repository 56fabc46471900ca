package claimwatch.serve;

import claimwatch.alert.Alert;
import claimwatch.ingest.Json;
import claimwatch.track.Tracker;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code /api/alerts} (the latest alerts) and {@code /api/alerts/stream} (each new alert as a
 * Server-Sent Event {@code alert}, with a comment line every 15 s so dead connections are noticed).
 */
final class AlertsResource {

    private static final int MAX_STREAMS = 64;
    private static final long KEEPALIVE_SECONDS = 15;

    private final AlertFeed feed;
    private final Map<String, Tracker> trackers;
    private final Semaphore streams = new Semaphore(MAX_STREAMS);
    private volatile boolean closing;

    AlertsResource(AlertFeed feed, Map<String, Tracker> trackers) {
        this.feed = feed;
        this.trackers = trackers;
    }

    record Alerts(int count, List<Alert> alerts) {
    }

    Object recent(Request request) {
        QueryParams params = QueryParams.of(request.uri(), Set.of("tracker", "limit"));
        String tracker = tracker(params);
        List<Alert> alerts = feed.recent(tracker, params.integer("limit", 100, 1, 10_000));
        return new Alerts(alerts.size(), alerts);
    }

    /** Holds the response open until the client leaves or the server stops; runs on its own server thread. */
    void stream(Request request, HttpServletResponse response) throws IOException {
        QueryParams params = QueryParams.of(request.uri(), Set.of("tracker"));
        String tracker = tracker(params);
        if (!streams.tryAcquire()) {
            throw BadRequest.unavailable("too many alert streams open (" + MAX_STREAMS + ")");
        }
        BlockingQueue<Alert> queue = feed.subscribe();
        try {
            response.setStatus(200);
            response.setHeader("Content-Type", "text/event-stream; charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            OutputStream out = response.getOutputStream();
            write(out, "retry: 3000\n: claimwatch alerts\n\n");
            // a client dropped for falling behind is disconnected: its EventSource reconnects and starts afresh
            while (!closing && feed.isSubscribed(queue)) {
                Alert alert = queue.poll(KEEPALIVE_SECONDS, TimeUnit.SECONDS);
                if (alert == null) {
                    write(out, ": keepalive\n\n");
                } else if (tracker == null || tracker.equals(alert.tracker())) {
                    write(out, "event: alert\ndata: " + Json.MAPPER.writeValueAsString(alert) + "\n\n");
                }
            }
        } catch (IOException clientLeft) {
            // the browser closed the page: nothing to do but let go
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.unsubscribe(queue);
            streams.release();
        }
    }

    void close() {
        closing = true;
    }

    private String tracker(QueryParams params) {
        String tracker = params.text("tracker").orElse(null);
        if (tracker != null && !trackers.containsKey(tracker)) {
            throw BadRequest.of("tracker=" + tracker + " is not a tracker; /api/trackers lists them");
        }
        return tracker;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

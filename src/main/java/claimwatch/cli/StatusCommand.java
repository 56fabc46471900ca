package claimwatch.cli;

import claimwatch.ingest.Json;
import claimwatch.serve.PrometheusText;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What a running application is doing, from its HTTP API: its instances, each input partition's lag
 * (from each instance's {@code /metrics}), every tracker's latest estimate and the last alerts.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print a running claimwatch application's instances, consumer lag per input partition,",
                "each tracker's latest estimate and the last alerts, asking its query API."})
final class StatusCommand implements Callable<Integer> {

    private static final String LAG = "kafka_consumer_fetch_manager_records_lag";

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080/",
            description = "Any instance's API address (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--alerts", paramLabel = "N", defaultValue = "5", description = "How many of the latest alerts (default: ${DEFAULT-VALUE}).")
    int alerts;

    @Spec
    CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        JsonNode instances = json("/api/instances");
        out.printf("claimwatch at %s: %s%n", url, instances.path("state").asText());

        out.println("instances");
        for (JsonNode i : instances.path("instances")) {
            out.printf("  %s%s  %d partitions, %d stores%n", i.path("server").asText(), i.path("self").asBoolean() ? " (asked)" : "",
                    i.path("partitions").size(), i.path("stores").size());
        }

        out.println("lag (records not yet read, per input partition)");
        for (JsonNode i : instances.path("instances")) {
            String server = i.path("server").asText();
            PrometheusText metrics;
            try {
                metrics = PrometheusText.parse(text(URI.create("http://" + server + "/metrics")));
            } catch (IOException e) {
                out.printf("  %s: no metrics (%s)%n", server, e.getMessage());
                continue;
            }
            metrics.named(LAG).stream()
                    .sorted(java.util.Comparator.comparing((PrometheusText.Sample s) -> s.labels().get("topic"))
                            .thenComparing(s -> Integer.parseInt(s.labels().getOrDefault("partition", "0"))))
                    .forEach(s -> out.printf("  %-45s %8s  %s%n", s.labels().get("topic") + "-" + s.labels().get("partition"),
                            Double.isNaN(s.value()) ? "?" : n.format((long) s.value()), server));
        }

        out.println("trackers (latest window with an estimate)");
        for (JsonNode t : json("/api/trackers").path("trackers")) {
            String window = t.path("windows").path(0).asText();
            JsonNode timeline = json(t.path("timeline").asText() + "?window=" + URLEncoder.encode(window, StandardCharsets.UTF_8));
            JsonNode latest = null;
            for (JsonNode w : timeline.path("windows")) {
                if (w.hasNonNull("best")) {
                    latest = w;
                }
            }
            out.printf("  %-28s %s%n", t.path("name").asText(), latest == null ? "no estimate yet"
                    : String.format("%s %s  low %s  best %s  high %s", window, latest.path("windowStart").asText().substring(0, 10),
                    figure(latest.path("low")), figure(latest.path("best")), figure(latest.path("high"))));
        }

        out.println("last alerts");
        JsonNode recent = json("/api/alerts?limit=" + alerts).path("alerts");
        if (recent.isEmpty()) {
            out.println("  none yet");
        }
        for (JsonNode a : recent) {
            out.printf("  %s  %-12s %s%n", a.path("at").asText("").isEmpty() ? "----------" : a.path("at").asText().substring(0, 10),
                    a.path("kind").asText(), a.path("message").asText());
        }
        out.flush();
        return 0;
    }

    private String figure(JsonNode value) {
        return value.isNumber() ? n.format(value.asLong()) : "-";
    }

    private JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        return Json.MAPPER.readTree(text(url.resolve(pathAndQuery)));
    }

    private String text(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IOException("nothing answers at " + uri.resolve("/") + " (is claimwatch running? --url names another address)", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri.getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

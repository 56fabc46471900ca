package claimwatch.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

import static claimwatch.serve.ServedInstances.SEED_WINDOWS;
import static claimwatch.serve.ServedInstances.TRACKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query API of two instances of one application on a real broker, after the dated seed timeline:
 * each instance answers for the whole application, forwarding to the instance that holds a tracker's
 * windows and gathering distinct claims from both.
 */
@Timeout(180)
class QueryApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static ServedInstances served;
    private static final List<String> streamedEvents = new CopyOnWriteArrayList<>();
    private static Thread streamReader;

    @BeforeAll
    static void startTwoInstancesAndPublishTheSeeds() throws Exception {
        served = ServedInstances.start(workDir, "query-it", 2, 2);
        streamReader = readAlertStream(served.url(1, "/api/alerts/stream?tracker=" + TRACKER));
        served.publishSeedTimeline();
    }

    @AfterAll
    static void stop() {
        if (streamReader != null) {
            streamReader.interrupt();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void bothInstancesHoldPartsOfTheStores() throws Exception {
        JsonNode instances = Http.getUntil(served.url(0, "/api/instances"),
                json -> json.get("instances").size() == 2
                        && StreamSupport.stream(json.get("instances").spliterator(), false).allMatch(i -> i.get("stores").size() > 0),
                WAIT).json();
        assertEquals(2, instances.get("instances").size(), instances::toString);
    }

    @Test
    void listsTheTrackersOfTheSettings() {
        JsonNode trackers = Http.get(served.url(1, "/api/trackers")).json().get("trackers");
        List<String> names = new ArrayList<>();
        trackers.forEach(t -> names.add(t.get("name").asText()));
        assertTrue(names.contains(TRACKER), names::toString);
        assertEquals("North Korean troops in Russia", trackers.get(names.indexOf(TRACKER)).get("title").asText());
    }

    @Test
    void eitherInstanceAnswersATrackersTimelineFromTheInstanceThatHoldsIt() throws Exception {
        String path = "/api/trackers/" + TRACKER + "/timeline?window=daily";
        JsonNode fromFirst = Http.getUntil(served.url(0, path), json -> bests(json).size() == SEED_WINDOWS, WAIT).json();
        JsonNode fromSecond = Http.get(served.url(1, path)).json();

        assertEquals(served.bestsOnTheTopic(), bests(fromFirst), "the estimates the topology wrote: " + fromFirst);
        assertEquals(fromFirst, fromSecond, "both instances give the owner's answer");
        JsonNode first = fromFirst.get("windows").get(0);
        assertEquals("2024-10-18T00:00:00Z", first.get("windowStart").asText());
        assertEquals(1_500, first.get("byParty").get("KOR").get("value").asLong());
        assertTrue(first.get("low").asLong() <= first.get("best").asLong() && first.get("best").asLong() <= first.get("high").asLong());
        JsonNode newYear = fromFirst.get("windows").get(7);
        assertEquals(Set.of("KOR", "UKR", "USA"), fieldNames(newYear.get("byParty")));
    }

    @Test
    void aTimeRangeNarrowsTheTimeline() throws Exception {
        JsonNode all = Http.getUntil(served.url(0, "/api/trackers/" + TRACKER + "/timeline"), json -> bests(json).size() == SEED_WINDOWS, WAIT).json();
        JsonNode november = Http.get(served.url(1, "/api/trackers/" + TRACKER + "/timeline?from=2024-11-01&to=2024-11-30")).json();
        List<String> starts = new ArrayList<>();
        november.get("windows").forEach(w -> starts.add(w.get("windowStart").asText().substring(0, 10)));
        assertEquals(List.of("2024-11-05", "2024-11-13", "2024-11-29"), starts, november::toString);
        assertEquals(bests(all).subList(4, 7), bests(november));
    }

    @Test
    void claimsOfATrackerComeFromBothInstancesWithMentionsOutletsAndEvidence() throws Exception {
        URI uri = served.url(0, "/api/claims?tracker=" + TRACKER);
        JsonNode answer = Http.getUntil(uri, json -> json.get("count").asInt() >= 7, WAIT).json();
        JsonNode other = Http.get(served.url(1, "/api/claims?tracker=" + TRACKER)).json();

        assertEquals(2, answer.get("instances").size(), "gathered from both instances: " + answer.get("instances"));
        assertEquals(keys(answer), keys(other), "either instance gives all the claims");
        for (JsonNode claim : answer.get("claims")) {
            assertEquals("PRK", claim.get("force").asText());
            assertTrue(claim.get("mentions").asLong() >= 1);
            assertFalse(claim.get("sentence").asText().isBlank(), claim::toString);
        }
        assertTrue(StreamSupport.stream(answer.get("claims").spliterator(), false)
                        .anyMatch(c -> c.get("value").asLong() == 10_000 && "USA".equals(c.get("party").asText())
                                && c.get("mentions").asLong() >= 2 && c.get("outlets").toString().contains("Reuters")),
                "the Pentagon's 10,000, reported more than once, Reuters among the outlets: " + answer);
    }

    @Test
    void claimsFilterByPartyAndTime() throws Exception {
        Http.getUntil(served.url(0, "/api/claims?tracker=" + TRACKER), json -> json.get("count").asInt() >= 7, WAIT);

        JsonNode us = Http.get(served.url(1, "/api/claims?tracker=" + TRACKER + "&party=usa")).json();
        assertTrue(us.get("count").asInt() >= 3, us::toString);
        us.get("claims").forEach(c -> assertEquals("USA", c.get("party").asText()));

        JsonNode october = Http.get(served.url(0, "/api/claims?tracker=" + TRACKER + "&from=2024-10-01&to=2024-11-01")).json();
        assertTrue(october.get("count").asInt() >= 3, october::toString);
        october.get("claims").forEach(c -> assertTrue(c.get("firstSeen").asText().startsWith("2024-10"), c::toString));

        JsonNode one = Http.get(served.url(0, "/api/claims?tracker=" + TRACKER + "&limit=1")).json();
        assertEquals(1, one.get("count").asInt());
        assertTrue(one.get("claims").get(0).get("firstSeen").asText().startsWith("2025-01"), "newest first: " + one);
    }

    @Test
    void recentAlertsAndTheAlertStreamCarryTheAlertsOfTheTopic() throws Exception {
        int onTopic = served.alertsOnTheTopic(TRACKER);
        assertTrue(onTopic >= 3, "the seed timeline raises alerts: " + onTopic);
        JsonNode alerts = Http.getUntil(served.url(0, "/api/alerts?tracker=" + TRACKER), json -> json.get("count").asInt() >= onTopic, WAIT).json();
        assertEquals(onTopic, alerts.get("count").asInt(), alerts::toString);
        List<String> messages = new ArrayList<>();
        List<String> times = new ArrayList<>();
        alerts.get("alerts").forEach(a -> {
            messages.add(a.get("kind").asText() + " " + a.get("message").asText());
            times.add(a.get("at").asText());
        });
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("first_figure First South Korean figure")), messages::toString);
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times, "newest first");

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (streamedEvents.size() < onTopic && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(onTopic, streamedEvents.size(), "each alert once on the stream: " + streamedEvents);
        assertTrue(streamedEvents.stream().allMatch(e -> e.contains("\"tracker\":\"" + TRACKER + "\"")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/claims?party=U S|400|not a party code",
            "/api/claims?from=yesterday|400|is not a time",
            "/api/claims?from=2025-01-02&to=2025-01-01|400|is after",
            "/api/claims?limit=0|400|out of range",
            "/api/claims?limit=ten|400|not a whole number",
            "/api/claims?tracker=nowhere|400|not a tracker",
            "/api/claims?sort=value|400|unknown parameter",
            "/api/claims?party=USA&party=KOR|400|given twice",
            "/api/trackers/prk-troops-in-russia/timeline?window=hourly|400|not one of",
            "/api/trackers/nowhere/timeline|404|no tracker named",
            "/api/alerts?limit=-3|400|out of range",
            "/api/alerts/stream?tracker=nowhere|400|not a tracker",
            "/api/nothing|404|no resource",
    })
    void badParametersGetTheirStatusAndReason(String path, int status, String reason) {
        Http.Answer answer = Http.get(served.url(0, path.replace(" ", "%20")));
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.json().get("error").asText().contains(reason), answer.body());
    }

    @Test
    void refusesToBeWrittenTo() {
        Http.Answer answer = Http.send(HttpRequest.newBuilder(served.url(0, "/api/claims"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, answer.status());
    }

    @Test
    void servesTheDashboard() {
        Http.Answer page = Http.get(served.url(0, "/"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>claimwatch"), page.body());
        assertEquals(404, Http.get(served.url(0, "/dashboard/..%2Fconfig%2Fclaimwatch.properties")).status());
    }

    /** The best estimate of each window that has one (from the first figure on, the parties' totals carry). */
    private static List<Long> bests(JsonNode timeline) {
        List<Long> best = new ArrayList<>();
        timeline.get("windows").forEach(w -> {
            if (!w.get("best").isNull()) {
                best.add(w.get("best").asLong());
            }
        });
        return best;
    }

    private static Set<String> keys(JsonNode claims) {
        Set<String> keys = new TreeSet<>();
        claims.get("claims").forEach(c -> keys.add(c.get("key").asText()));
        return keys;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Collects the {@code data:} of each {@code alert} event of an open stream, on a thread of its own. */
    private static Thread readAlertStream(URI uri) {
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String event = null;
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("event: ")) {
                            event = line.substring(7);
                        } else if (line.startsWith("data: ") && "alert".equals(event)) {
                            streamedEvents.add(line.substring(6));
                        } else if (line.isEmpty()) {
                            event = null;
                        }
                    }
                }
            } catch (Exception stopped) {
                // the test is over
            }
        }, "alert-stream-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}

package claimwatch.serve;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A test's HTTP client: GET, status and JSON body, and "ask again until" for state that is still arriving. */
final class Http {

    record Answer(int status, JsonNode json, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json")) {
                json = Json.MAPPER.readTree(response.body());
            }
            return new Answer(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The first 200 answer of {@code uri} whose JSON satisfies {@code done}, or the last answer after {@code timeout}. */
    static Answer getUntil(URI uri, Predicate<JsonNode> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer answer = get(uri);
        while ((answer.status() != 200 || !done.test(answer.json())) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = get(uri);
        }
        return answer;
    }
}

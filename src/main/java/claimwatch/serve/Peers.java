package claimwatch.serve;

import org.apache.kafka.streams.state.HostInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks another instance of the application for what it holds: the same resource, marked as forwarded
 * so the other instance answers from its own stores instead of routing again.
 */
final class Peers {

    static final String FORWARDED = "X-Claimwatch-Forwarded";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** The JSON body of {@code pathAndQuery} on {@code host}; its error status and reason if it fails. */
    String get(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header(FORWARDED, "1")
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BadRequest(response.statusCode() == 404 ? 404 : 503,
                        "instance " + MetadataService.name(host) + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw BadRequest.unavailable("instance " + MetadataService.name(host) + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BadRequest.unavailable("interrupted while asking " + MetadataService.name(host));
        }
    }
}

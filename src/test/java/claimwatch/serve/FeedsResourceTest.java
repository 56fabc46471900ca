package claimwatch.serve;

import claimwatch.ingest.Json;
import claimwatch.watch.FeedStatus;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedsResourceTest {

    @Test
    void answersEachFeedsHealthAsItIsNowWithIsoTimes() throws Exception {
        List<FeedStatus> status = new ArrayList<>();
        FeedsResource resource = new FeedsResource(() -> List.copyOf(status));
        status.add(new FeedStatus("un-news", "https://news.un.org/rss.xml", "failing", Instant.parse("2024-12-01T10:00:00Z"),
                "HTTP 503", 2, 0, 0, Instant.parse("2024-12-01T10:40:00Z"), 5, 2));

        JsonNode json = Json.MAPPER.valueToTree(resource.feeds(new Request(URI.create("/api/feeds"), false)));

        JsonNode feed = json.path("feeds").get(0);
        assertEquals("un-news", feed.path("feed").asText());
        assertEquals("failing", feed.path("state").asText());
        assertEquals("HTTP 503", feed.path("lastError").asText());
        assertEquals("2024-12-01T10:40:00Z", feed.path("nextPoll").asText());
        assertEquals(5, feed.path("polls").asLong());
        assertEquals(2, feed.path("failures").asLong());
        assertEquals(1, json.path("feeds").size());
    }

    @Test
    void refusesParametersItDoesNotTake() {
        BadRequest e = assertThrows(BadRequest.class,
                () -> FeedsResource.NONE.feeds(new Request(URI.create("/api/feeds?state=ok"), false)));
        assertEquals(400, e.status());
    }
}

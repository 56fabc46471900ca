package claimwatch.serve;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI description names exactly the routes the server serves, each a GET. */
class OpenApiTest {

    @Test
    void describesEveryRouteTheServerServesAndNoOther() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(OpenApi.description().bytes());

        Set<String> described = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(described::add);

        assertEquals("3.0.3", doc.get("openapi").asText());
        assertEquals(new TreeSet<>(QueryServer.ROUTES), described);
        doc.get("paths").forEach(path -> assertTrue(path.has("get") && path.size() == 1, path::toString));
    }
}

package claimwatch.cli;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.UncheckedIOException;

/** Any record as one line of JSON. */
final class JsonLine {

    private JsonLine() {
    }

    static String of(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

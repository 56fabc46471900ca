package claimwatch.watch;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.0 / 1.1 (jsonfeed.org) with the project's Jackson mapper: {@code items[].id},
 * {@code url}, {@code title}, {@code content_text} / {@code content_html} / {@code summary},
 * {@code date_published} (else {@code date_modified}).
 */
final class JsonFeedParser {

    private JsonFeedParser() {
    }

    static List<FeedItem> parse(byte[] body) throws FetchFailed {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FetchFailed("not a JSON Feed: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FetchFailed("not a JSON Feed: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")
                || !root.path("items").isArray()) {
            throw new FetchFailed("not a JSON Feed: no \"version\": \"https://jsonfeed.org/version/...\" with \"items\"");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = Strings.blankToNull(item.path("url").asText(null));
            String title = Strings.blankToNull(item.path("title").asText(null));
            Instant published = time(item.path("date_published").asText(null));
            if (published == null) {
                published = time(item.path("date_modified").asText(null));
            }
            String key = Strings.firstNonBlank(item.path("id").asText(null), link,
                    title == null ? null : title + " " + (published == null ? "" : published));
            if (key == null) {
                continue;
            }
            String text = Strings.firstNonBlank(item.path("content_text").asText(null),
                    item.path("content_html").isTextual() ? Strings.htmlToText(item.path("content_html").asText()) : null,
                    item.path("summary").asText(null));
            items.add(new FeedItem(key, link, title, text, published));
        }
        return items;
    }

    private static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

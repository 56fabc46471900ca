package claimwatch.watch;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A page's publication time from its metadata, in order of trust: {@code article:published_time}
 * (Open Graph), JSON-LD {@code datePublished} (also inside {@code @graph} and arrays),
 * {@code itemprop=datePublished}, then the first {@code <time datetime>}.
 */
final class PageTimes {

    private PageTimes() {
    }

    static Instant find(Document doc) {
        for (Element meta : doc.select("meta[property=article:published_time], meta[name=article:published_time], "
                + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=date]")) {
            Instant at = parse(meta.attr("content"));
            if (at != null) {
                return at;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Instant at = fromJsonLd(script.data());
            if (at != null) {
                return at;
            }
        }
        for (Element time : doc.select("[itemprop=datePublished][datetime], time[datetime]")) {
            Instant at = parse(time.attr("datetime"));
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static Instant fromJsonLd(String json) {
        try {
            return datePublished(Json.MAPPER.readTree(json));
        } catch (Exception e) {
            return null;   // broken JSON-LD is common; the other sources still count
        }
    }

    private static Instant datePublished(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode each : node) {
                Instant at = datePublished(each);
                if (at != null) {
                    return at;
                }
            }
            return null;
        }
        if (node.has("datePublished")) {
            Instant at = parse(node.get("datePublished").asText(""));
            if (at != null) {
                return at;
            }
        }
        return node.has("@graph") ? datePublished(node.get("@graph")) : null;
    }

    /** ISO-8601 with an offset, or a bare date (midnight UTC); anything else is no time. */
    static Instant parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return java.time.LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                // a bare date, or a date with something we cannot read after it
            }
            try {
                return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}

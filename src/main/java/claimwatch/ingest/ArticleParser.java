package claimwatch.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Reads one article record (the JSON object of the claim contract) from raw bytes, or says
 * exactly why it cannot: every {@link InvalidArticleException} message is meant for a person
 * reading the dead-letter topic.
 *
 * <p>Fills what the contract lets a producer leave out: a missing {@code id} is derived from the
 * text, a missing {@code publishedAt} is read from a dateline in the text where there is one.
 */
public final class ArticleParser {

    /** Publication times outside these bounds are typos or garbage, not news. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final int maxBytes;

    public ArticleParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Article parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidArticleException(InvalidArticleException.Kind.EMPTY, "empty record: an article needs at least a \"text\" field");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidArticleException(InvalidArticleException.Kind.TOO_LARGE, "record is " + bytes.length + " bytes, over the limit of " + maxBytes
                    + " (claimwatch.article.max.bytes)");
        }
        String json = decodeUtf8(bytes);
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidArticleException(InvalidArticleException.Kind.NOT_JSON, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException(InvalidArticleException.Kind.NOT_AN_OBJECT, "JSON " + (node == null ? "is empty" : "is " + kind(node))
                    + ", not an article object");
        }
        String text = Texts.clean(requiredText(node));
        if (text.isBlank()) {
            throw new InvalidArticleException(InvalidArticleException.Kind.NO_TEXT, "field \"text\" is empty");
        }
        String title = optionalString(node, "title");
        Instant publishedAt = publishedAt(node, text);
        String id = optionalString(node, "id");
        if (id == null || id.isBlank()) {
            id = contentId(text);
        }
        return new Article(id, optionalString(node, "source"), optionalString(node, "url"), publishedAt, title, text);
    }

    /** A stable id for an article that came without one: the same text always gets the same id. */
    public static String contentId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // where and what, for the person reading the dead letter; Java's own words are "Input length = 1"
            int at = in.position();
            throw new InvalidArticleException(InvalidArticleException.Kind.NOT_UTF8, String.format("not valid UTF-8: byte 0x%02X at offset %d",
                    bytes[Math.min(at, bytes.length - 1)] & 0xFF, at));
        }
        return out.flip().toString();
    }

    private static String requiredText(JsonNode node) {
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new InvalidArticleException(InvalidArticleException.Kind.NO_TEXT, "missing field \"text\"");
        }
        if (!text.isTextual()) {
            throw new InvalidArticleException(InvalidArticleException.Kind.NO_TEXT, "field \"text\" is " + kind(text) + ", not a string");
        }
        return text.textValue();
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidArticleException(InvalidArticleException.Kind.BAD_FIELD, "field \"" + field + "\" is " + kind(value) + ", not a string");
        }
        return Texts.clean(value.asText());
    }

    private static Instant publishedAt(JsonNode node, String text) {
        String raw = optionalString(node, "publishedAt");
        if (raw == null || raw.isBlank()) {
            return Datelines.find(text).orElse(null);
        }
        Instant at = parseTime(raw.trim());
        if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw new InvalidArticleException(InvalidArticleException.Kind.BAD_PUBLISHED_AT, "publishedAt " + raw + " is outside " + EARLIEST + " .. " + LATEST);
        }
        return at;
    }

    static Instant parseTime(String raw) {
        Instant utc = UtcTimes.parseOrNull(raw);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notAnOffsetTime) {
            try {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidArticleException(InvalidArticleException.Kind.BAD_PUBLISHED_AT, "publishedAt \"" + abbreviate(raw) + "\" is not an ISO-8601 time"
                        + " such as 2024-10-28T14:00:00Z or 2024-10-28");
            }
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

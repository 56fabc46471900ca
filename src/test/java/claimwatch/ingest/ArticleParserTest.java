package claimwatch.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(10_000);

    private Article parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private String reasonFor(byte[] bytes) {
        return assertThrows(InvalidArticleException.class, () -> parser.parse(bytes)).getMessage();
    }

    private String reasonFor(String json) {
        return reasonFor(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFieldOfTheContract() {
        Article a = parse("{\"id\":\"a1\",\"source\":\"Reuters\",\"url\":\"https://x.org/a\","
                + "\"publishedAt\":\"2025-01-09T10:00:00Z\",\"title\":\"T\",\"text\":\"Body.\"}");
        assertEquals(new Article("a1", "Reuters", "https://x.org/a", Instant.parse("2025-01-09T10:00:00Z"), "T", "Body."), a);
    }

    @Test
    void derivesTheSameIdFromTheSameTextWhenTheIdIsMissing() {
        Article first = parse("{\"text\":\"Some story.\"}");
        Article again = parse("{\"text\":\"Some story.\",\"source\":\"elsewhere\"}");
        assertTrue(first.id().startsWith("sha256-"));
        assertEquals(first.id(), again.id());
    }

    @Test
    void takesThePublicationTimeFromADatelineWhenTheFieldIsMissing() {
        assertEquals(Instant.parse("2024-11-29T00:00:00Z"), parse("{\"text\":\"• 11/29/2024\\n\\nHeadline\"}").publishedAt());
        assertNull(parse("{\"text\":\"No date here.\"}").publishedAt());
    }

    @Test
    void acceptsAPlainDateAsPublicationTime() {
        assertEquals(Instant.parse("2024-10-28T00:00:00Z"), parse("{\"text\":\"x\",\"publishedAt\":\"2024-10-28\"}").publishedAt());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        assertEquals("x", parse("{\"text\":\"x\",\"lang\":\"en\",\"tags\":[1,2]}").text());
    }

    @Test
    void dropsControlCharactersFromTheText() {
        assertEquals("ab\ncd", parse("{\"text\":\"a\\u0000b\\r\\ncd\"}").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not json at all                               | not JSON",
            "[1,2,3]                                       | JSON is an array, not an article object",
            "{\"title\":\"t\"}                             | missing field \"text\"",
            "{\"text\":null}                               | missing field \"text\"",
            "{\"text\":\"   \"}                            | field \"text\" is empty",
            "{\"text\":42}                                 | field \"text\" is a number, not a string",
            "{\"text\":\"x\",\"publishedAt\":\"yesterday\"} | publishedAt \"yesterday\" is not an ISO-8601 time",
            "{\"text\":\"x\",\"publishedAt\":\"9999-01-01\"} | is outside",
            "{\"text\":\"x\",\"id\":{\"a\":1}}             | field \"id\" is an object, not a string",
    })
    void saysWhyARecordIsNotAnArticle(String json, String reason) {
        assertTrue(reasonFor(json).contains(reason), () -> reasonFor(json));
    }

    @Test
    void rejectsEmptyRecords() {
        assertTrue(reasonFor(new byte[0]).startsWith("empty record"));
    }

    @Test
    void rejectsRecordsOverTheSizeLimit() {
        String big = "{\"text\":\"" + "a".repeat(20_000) + "\"}";
        assertTrue(reasonFor(big).contains("over the limit of 10000"));
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertTrue(reasonFor(bytes).startsWith("not valid UTF-8"));
    }

    @Test
    void rejectsDeeplyNestedJsonWithoutBlowingTheStack() {
        String deep = "{\"text\":\"x\",\"n\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> new ArticleParser(1_000_000).parse(deep.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void rejectsAMillionDigitNumber() {
        String digits = "{\"text\":\"x\",\"n\":" + "9".repeat(1_000_000) + "}";
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> new ArticleParser(2_000_000).parse(digits.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
    }
}

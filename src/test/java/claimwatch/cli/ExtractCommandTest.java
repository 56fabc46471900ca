package claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import claimwatch.ingest.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline {@code extract} command speaks the claim contract: JSON Lines in, JSON Lines out. */
class ExtractCommandTest {

    private static final Set<String> CONTRACT_FIELDS = Set.of("articleId", "force", "measure", "value", "high",
            "qualifier", "location", "attributedTo", "evidence");

    private final InputStream stdin = System.in;
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restoreStreams() {
        System.setIn(stdin);
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private int extract(String input) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        return Main.commandLine().execute("extract");
    }

    private List<JsonNode> claims() throws Exception {
        List<JsonNode> claims = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                claims.add(Json.MAPPER.readTree(line));
            }
        }
        return claims;
    }

    @Test
    void writesOneContractClaimPerLine() throws Exception {
        int exit = extract("{\"id\":\"a1\",\"text\":\"The Pentagon said 10,000 North Korean troops were in Russia.\"}\n");

        assertEquals(0, exit);
        List<JsonNode> claims = claims();
        assertEquals(1, claims.size());
        JsonNode claim = claims.get(0);
        Set<String> fields = new TreeSet<>();
        claim.fieldNames().forEachRemaining(fields::add);
        assertTrue(fields.containsAll(CONTRACT_FIELDS), "fields: " + fields);
        assertEquals("a1", claim.get("articleId").asText());
        assertEquals("deployed", claim.get("measure").asText());
        assertEquals(10000, claim.get("value").asLong());
        assertTrue(claim.get("high").isNull());
        JsonNode evidence = claim.get("evidence");
        String text = "The Pentagon said 10,000 North Korean troops were in Russia.";
        assertEquals("10,000", text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
    }

    @Test
    void reportsABadLineOnStandardErrorAndGoesOn() throws Exception {
        int exit = extract("oops\n\n{\"id\":\"a2\",\"text\":\"Some 500 Russian soldiers were captured.\"}\n");

        assertEquals(0, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("line 1: skipped, not JSON"));
        assertEquals("a2", claims().get(0).get("articleId").asText());
    }

    @Test
    void exitsWithTwoAndOneLineOnAnUnknownOption() {
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = Main.commandLine().setErr(new java.io.PrintWriter(err, true)).execute("extract", "--nope");

        assertEquals(2, exit);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).strip().lines().count());
    }
}

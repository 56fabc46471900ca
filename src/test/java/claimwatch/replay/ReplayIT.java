package claimwatch.replay;

import claimwatch.cli.Main;
import claimwatch.ingest.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code claimwatch replay} end to end on a real (embedded) broker: the seed articles plus a dated
 * timeline of North Korean troop estimates, replayed twice from differently ordered inputs, the
 * second time sorting in chunks small enough to spill every sort to many runs on disk.
 */
@Timeout(300)
class ReplayIT {

    private static final Path SEEDS = Path.of("src/main/resources/samples");
    private static final Path TIMELINE = Path.of("src/test/resources/replay/timeline.jsonl");
    private static final List<String> OUTPUTS = List.of("claims.jsonl", "estimates.jsonl", "alerts.jsonl", "set-aside.jsonl");

    @TempDir
    static Path dir;

    @BeforeAll
    static void replayTwiceFromDifferentlyOrderedInputs() throws IOException {
        Path shuffled = Files.createDirectories(dir.resolve("shuffled")).resolve("timeline.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(TIMELINE, StandardCharsets.UTF_8));
        Collections.shuffle(lines, new Random(7));
        Files.write(shuffled, lines, StandardCharsets.UTF_8);

        // The second replay sorts in chunks of 2 KB: the archive and every output are spilled to many runs.
        Path tinyChunks = dir.resolve("tiny-chunks.properties");
        Files.writeString(tinyChunks, Files.readString(Path.of("config/claimwatch.properties"))
                + "\n" + Replay.SORT_CHUNK_BYTES + "=2048\n");

        assertEquals(0, replay(dir.resolve("first"), null, TIMELINE.toString(), SEEDS.toString()));
        assertEquals(0, replay(dir.resolve("second"), tinyChunks, SEEDS.toString(), shuffled.toString()));
    }

    private static int replay(Path out, Path config, String... articles) {
        List<String> args = new ArrayList<>(List.of("replay", "--out", out.toString()));
        if (config != null) {
            args.addAll(List.of("--config", config.toString()));
        }
        args.add("--articles");
        args.addAll(List.of(articles));
        return Main.commandLine().execute(args.toArray(String[]::new));
    }

    private static List<JsonNode> read(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("first").resolve(file), StandardCharsets.UTF_8)) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void theSameArchiveGivesByteIdenticalOutputsWhateverTheOrderOfItsFilesAndTheSortChunkSize() throws IOException {
        for (String output : OUTPUTS) {
            byte[] first = Files.readAllBytes(dir.resolve("first").resolve(output));
            byte[] second = Files.readAllBytes(dir.resolve("second").resolve(output));
            assertArrayEquals(first, second, output + " differs between the two replays");
        }
    }

    @Test
    void setsAsideArticlesWithNoPublicationTimeWithTheReason() throws IOException {
        List<JsonNode> setAside = read("set-aside.jsonl");

        assertEquals(List.of("000_590fbcd969a6a2c3", "001_a40d1bd201719393", "002_da94ea73763b4ec9"),
                setAside.stream().map(n -> n.get("id").asText()).toList());
        assertTrue(setAside.get(0).get("reason").asText().startsWith("no publication time"));
    }

    @Test
    void writesTheClaimsOfDatedArticlesInPublicationOrder() throws IOException {
        List<JsonNode> claims = read("claims.jsonl");

        List<String> times = claims.stream().map(c -> c.get("publishedAt").asText()).toList();
        assertEquals(times.stream().sorted().toList(), times, "claims.jsonl is in publication order");
        assertTrue(claims.stream().anyMatch(c -> c.get("articleId").asText().equals("003_9128b058b75cabc4")),
                "the dated seed articles are replayed");
        assertTrue(claims.stream().anyMatch(c -> c.get("articleId").asText().equals("tl-08")
                && c.get("value").asLong() == 12_000), "the last figure of the timeline is there");
    }

    @Test
    void followsTheDailyEstimateOfNorthKoreanTroopsInRussiaAsTheTimelineMovesIt() throws IOException {
        Map<String, String> byDay = new TreeMap<>();
        for (JsonNode estimate : read("estimates.jsonl")) {
            if (estimate.get("tracker").asText().equals("prk-troops-in-russia")
                    && estimate.get("window").asText().equals("daily")) {
                byDay.put(estimate.get("windowStart").asText().substring(0, 10), estimate.get("low").asLong() + " "
                        + estimate.get("best").asLong() + " " + estimate.get("high").asLong());
            }
        }

        assertEquals(Map.of(
                        "2024-10-18", "1500 1500 1500",
                        "2024-10-23", "1500 1500 3000",
                        "2024-10-28", "1500 1500 10000",
                        "2024-10-29", "1500 1500 10000",
                        "2024-11-05", "1500 10000 11000",
                        "2024-11-13", "1500 10000 11000",
                        "2024-11-29", "1500 10000 11000",
                        "2025-01-01", "1500 10000 11000",
                        "2025-01-09", "1500 11000 12000"), byDay,
                "low best high over each party's total in force; the wire copy of 10-28 adds no figure of its own");
    }

    @Test
    void marksThePartiesTotalsCarriedFromEarlierDays() throws IOException {
        JsonNode copyDay = read("estimates.jsonl").stream()
                .filter(e -> e.get("tracker").asText().equals("prk-troops-in-russia") && e.get("window").asText().equals("daily")
                        && e.get("windowStart").asText().startsWith("2024-10-29"))
                .findFirst().orElseThrow();

        assertEquals(0, copyDay.get("claims").asLong());
        assertTrue(copyDay.get("byParty").get("USA").get("carried").asBoolean());
        assertEquals("2024-10-28T17:00:00Z", copyDay.get("byParty").get("USA").get("publishedAt").asText());
    }

    @Test
    void marksOnlyTheWindowsTheArchiveLeavesOpenAsNotClosed() throws IOException {
        List<String> open = read("estimates.jsonl").stream()
                .filter(e -> !e.get("closed").asBoolean())
                .map(e -> e.get("windowStart").asText().substring(0, 10))
                .distinct().toList();

        assertEquals(List.of("2025-01-09"), open);
    }

    @Test
    void raisesAnAlertWhenTheUsEstimateRisesAndWhenEachPartyFirstGivesAFigure() throws IOException {
        List<JsonNode> alerts = read("alerts.jsonl");
        List<String> messages = alerts.stream().map(a -> a.get("message").asText()).toList();

        assertTrue(messages.contains("US estimate of North Korean troops in Russia rose from about 3,000 to about"
                + " 10,000 (+233 %) — Pentagon, 2024-10-28"), messages::toString);
        List<String> firstFigures = alerts.stream()
                .filter(a -> a.get("kind").asText().equals("first_figure"))
                .map(a -> a.get("party").asText())
                .toList();
        assertEquals(List.of("KOR", "USA", "UKR"), firstFigures.subList(0, 3));
    }
}

package claimwatch.cli;

import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.testing.ClaimwatchProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command, {@code claimwatch local} on the bundled seeds, in a JVM of its own on a fresh
 * work directory: every claim under its article's own date, the undated articles marked undated, and a
 * console without warnings.
 */
@Timeout(240)
class LocalIT {

    private static final Path SEEDS = Path.of("src/main/resources/samples");
    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s.*\\[([^\\]]+)\\].*$");

    @Test
    void showsEachSeedUnderItsOwnDateOrUndatedAndNoWarningOnAFreshStart() throws Exception {
        // Given: each seed's publication day as its file gives it, or none
        Map<String, String> dayOf = new HashMap<>();
        ArticleFiles files = new ArticleFiles(new ArticleParser(2 * 1024 * 1024));
        for (Path file : ArticleFiles.expand(List.of(SEEDS))) {
            files.read(file, e -> dayOf.put(e.key(), e.publishedAt() == null ? "undated"
                    : e.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        }
        Set<String> undated = dayOf.entrySet().stream().filter(e -> e.getValue().equals("undated"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(!undated.isEmpty() && undated.size() < dayOf.size(), "the seeds have dated and undated articles");

        // When: local runs on a fresh work directory (under target/, not the OS temp directory Kafka warns of)
        Path dir = Path.of("target", "local-it-" + UUID.randomUUID());
        Files.createDirectories(dir);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        List<String> seen;
        try (ClaimwatchProcess local = ClaimwatchProcess.start(List.of("local", "--work-dir", dir.resolve("work").toString(),
                "--set", "claimwatch.http.port=0"), out, err)) {
            long deadline = System.nanoTime() + 180_000_000_000L;
            do {
                Thread.sleep(500);
                seen = Files.readAllLines(out, StandardCharsets.UTF_8);
            } while (!articlesIn(seen).containsAll(dayOf.keySet()) && System.nanoTime() < deadline && local.isAlive());
            Thread.sleep(1_000); // the rest of the last article's claims
            local.stop();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8);

        // Then
        assertTrue(articlesIn(lines).containsAll(dayOf.keySet()), () -> "every seed is printed: " + lines + "\n" + console);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals(dayOf.get(m.group(2)), m.group(1), () -> "the day of " + line);
            assertTrue(!m.group(1).equals(today) || today.equals(dayOf.get(m.group(2))), () -> "stamped with today: " + line);
        }
        assertEquals(undated, lines.stream().filter(l -> l.startsWith("undated")).map(LocalIT::articleOf).collect(Collectors.toSet()));
        List<String> problems = console.stream().filter(l -> l.matches("^\\d{4}-\\d{2}-\\d{2} [\\d:.]+ (WARN|ERROR).*")).toList();
        assertEquals(List.of(), problems, "WARN or ERROR on a clean start");
        assertTrue(console.stream().anyMatch(l -> l.matches("^\\d{4}-\\d{2}-\\d{2} [\\d:.]+ INFO .*EmbeddedKafkaBroker - Kafka broker ready.*")),
                () -> "claimwatch's own lines, dated: " + console);
    }

    private static Set<String> articlesIn(List<String> lines) {
        List<String> ids = new ArrayList<>();
        lines.forEach(l -> {
            String id = articleOf(l);
            if (id != null) {
                ids.add(id);
            }
        });
        return Set.copyOf(ids);
    }

    private static String articleOf(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? m.group(2) : null;
    }
}

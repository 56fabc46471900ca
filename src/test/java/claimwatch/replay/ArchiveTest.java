package claimwatch.replay;

import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArchiveTest {

    private static final List<String> LINES = List.of(
            article("b", "2024-10-18T06:00:00Z", "Second by id."),
            article("a", "2024-10-18T06:00:00Z", "First by id; the later text of a re-sent article."),
            article("a", "2024-10-18T06:00:00Z", "First by id; the earlier text."),
            article("c", "2024-10-17T23:59:59.000000001Z", "First in time, by a nanosecond."),
            article("d", "2024-10-17T23:59:59Z", "Earlier still."),
            "{\"id\": \"undated\", \"text\": \"No publication time.\"}",
            "not JSON at all");

    @TempDir
    Path dir;

    @Test
    void readsInPublicationTimeThenIdThenContentOrderWhateverTheOrderOfLinesAndFiles() throws IOException {
        List<String> shuffled = new ArrayList<>(LINES);
        Collections.shuffle(shuffled, new Random(3));
        Path one = write("one.jsonl", LINES.subList(0, 4));
        Path two = write("two.jsonl", LINES.subList(4, LINES.size()));
        Path all = write("all.jsonl", shuffled);

        List<String> fromTwoFiles = publishedIds(List.of(two, one));
        List<String> fromOneShuffledFile = publishedIds(List.of(all));

        assertEquals(List.of("d", "c", "a", "a", "b"), fromTwoFiles);
        assertEquals(fromTwoFiles, fromOneShuffledFile);
        assertEquals(List.of("d:Earlier still.", "c:First in time, by a nanosecond.", "a:First by id; the earlier text.",
                "a:First by id; the later text of a re-sent article.", "b:Second by id."), publishedTexts(List.of(all)));
    }

    @Test
    void setsAsideRecordsThatAreNotArticlesAndArticlesWithNoPublicationTime() throws IOException {
        Path two = write("two.jsonl", LINES.subList(4, LINES.size()));

        try (Archive archive = read(List.of(two))) {
            List<Archive.SetAside> setAside = new ArrayList<>();
            archive.setAside().forEachRemaining(setAside::add);

            assertEquals(2, archive.setAsideCount());
            assertEquals("two.jsonl", setAside.get(0).file());
            assertEquals(null, setAside.get(0).id());
            assertEquals("not JSON", setAside.get(0).reason().substring(0, 8));
            assertEquals(new Archive.SetAside("two.jsonl", "undated",
                    "no publication time (no publishedAt, no dateline): a replay cannot place it in time"), setAside.get(1));
        }
    }

    @Test
    void closeLeavesNothingInTheWorkDirectory() throws IOException {
        Path all = write("all.jsonl", LINES);
        Path work = dir.resolve("work");

        try (Archive archive = Archive.read(new ArticleFiles(new ArticleParser(1 << 20)), List.of(all), work, 1)) {
            archive.dated().next();
        }
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private List<String> publishedIds(List<Path> files) throws IOException {
        try (Archive archive = read(files)) {
            List<String> ids = new ArrayList<>();
            archive.dated().forEachRemaining(a -> ids.add(a.key()));
            assertEquals(ids.size(), archive.datedCount());
            return ids;
        }
    }

    private List<String> publishedTexts(List<Path> files) throws IOException {
        try (Archive archive = read(files)) {
            List<String> texts = new ArrayList<>();
            for (Iterator<Archive.Dated> it = archive.dated(); it.hasNext(); ) {
                Archive.Dated article = it.next();
                String json = new String(article.value(), StandardCharsets.UTF_8);
                texts.add(article.key() + ":" + json.substring(json.indexOf("\"text\": \"") + 9, json.length() - 2));
            }
            return texts;
        }
    }

    /** Chunks of one byte: every record is a run of its own. */
    private Archive read(List<Path> files) throws IOException {
        return Archive.read(new ArticleFiles(new ArticleParser(1 << 20)), files, dir.resolve("work"), 1);
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static String article(String id, String publishedAt, String text) {
        return "{\"id\": \"" + id + "\", \"publishedAt\": \"" + publishedAt + "\", \"text\": \"" + text + "\"}";
    }
}

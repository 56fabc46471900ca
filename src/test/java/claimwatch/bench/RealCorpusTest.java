package claimwatch.bench;

import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealCorpusTest {

    private static final ArticleParser PARSER = new ArticleParser(2 * 1024 * 1024);

    @TempDir
    Path dir;

    @Test
    void repeatsTheCorpusInPublicationOrderWithFreshIdsAndTimesShiftedByWholeWeeks() throws IOException {
        // Given three dated texts over two files, out of order, and a line with no publication time
        Files.writeString(dir.resolve("b.jsonl"), line("b-1", "2022-06-24T17:30:00Z", "Text one of b.") + "\n"
                + "{\"id\":\"b-undated\",\"text\":\"No time.\"}\n");
        Files.writeString(dir.resolve("a.jsonl"), line("a-1", "2021-10-24T11:00:00Z", "Text one of a.") + "\n"
                + line("a-2", "2021-10-25T09:00:00Z", "Text two of a.") + "\n");
        Files.writeString(dir.resolve("notes.txt"), "not a corpus file");
        RealCorpus corpus = RealCorpus.load(dir);
        assertEquals(3, corpus.size());
        assertEquals(1, corpus.skipped());

        // When 8 articles are asked for: two passes and two articles of a third
        List<CorpusGenerator.GeneratedArticle> articles = new ArrayList<>();
        corpus.repeated(8).forEachRemaining(articles::add);

        // Then the first pass is the corpus in publication order, ids as they are; later passes have fresh ids
        assertEquals(List.of("a-1", "a-2", "b-1", "a-1~p1", "a-2~p1", "b-1~p1", "a-1~p2", "a-2~p2"),
                articles.stream().map(CorpusGenerator.GeneratedArticle::id).toList());
        assertEquals(8, new HashSet<>(articles.stream().map(CorpusGenerator.GeneratedArticle::id).toList()).size());
        // each pass shifted by one period of whole weeks, after the corpus's own span
        long period = corpus.period().toMillis();
        assertEquals(0, period % Duration.ofDays(7).toMillis());
        assertTrue(period > articles.get(2).publishedAtMillis() - articles.get(0).publishedAtMillis());
        for (int n = 3; n < articles.size(); n++) {
            assertEquals(articles.get(n - 3).publishedAtMillis() + period, articles.get(n).publishedAtMillis());
        }
        // and each record is an article with its new id and time, its text unchanged
        Article repeat = PARSER.parse(articles.get(5).json());
        assertEquals("b-1~p1", repeat.id());
        assertEquals(articles.get(5).publishedAtMillis(), repeat.publishedAt().toEpochMilli());
        assertEquals("Text one of b.", repeat.text());
    }

    @Test
    void givesTheSameRecordsByteForByteEveryTime() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line("a-1", "2021-10-24T11:00:00Z", "Text one.") + "\n"
                + line("a-2", "2021-10-25T09:00:00Z", "Text two.") + "\n");
        List<CorpusGenerator.GeneratedArticle> first = new ArrayList<>();
        RealCorpus.load(dir).repeated(5).forEachRemaining(first::add);
        List<CorpusGenerator.GeneratedArticle> second = new ArrayList<>();
        RealCorpus.load(dir).repeated(5).forEachRemaining(second::add);
        for (int n = 0; n < 5; n++) {
            assertArrayEquals(first.get(n).json(), second.get(n).json());
        }
    }

    private static String line(String id, String publishedAt, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"Outlet\",\"url\":\"https://example.org/" + id + "\",\"publishedAt\":\""
                + publishedAt + "\",\"title\":\"Title\",\"text\":\"" + text + "\"}";
    }
}

package claimwatch.bench;

import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealCorpusTest {

    private static final ArticleParser PARSER = new ArticleParser(2 * 1024 * 1024);
    private static final long PERIOD = RealCorpus.PERIOD.toMillis();

    @TempDir
    Path dir;

    @Test
    void repeatsTheCorpusWithFreshIdsEachPassSixtyWeeksEarlierAllInPublicationOrder() throws IOException {
        // Given three dated texts over two files, out of order, and a line with no publication time
        Files.writeString(dir.resolve("b.jsonl"), line("b-1", "2022-06-24T17:30:00Z", "Text one of b.") + "\n"
                + "{\"id\":\"b-undated\",\"text\":\"No time.\"}\n");
        Files.writeString(dir.resolve("a.jsonl"), line("a-1", "2021-10-24T11:00:00Z", "Text one of a.") + "\n"
                + line("a-2", "2021-10-25T09:00:00Z", "Text two of a.") + "\n");
        Files.writeString(dir.resolve("notes.txt"), "not a corpus file");
        RealCorpus corpus = RealCorpus.load(dir);
        assertEquals(3, corpus.size());
        assertEquals(1, corpus.skipped());

        // When 8 articles are asked for: three passes, the latest article left out
        List<CorpusGenerator.GeneratedArticle> articles = new ArrayList<>();
        corpus.repeated(8).forEachRemaining(articles::add);

        // Then each pass is 60 weeks before the next, with fresh ids, and the whole in publication order
        assertEquals(List.of("a-1~p2", "a-2~p2", "b-1~p2", "a-1~p1", "a-2~p1", "b-1~p1", "a-1", "a-2"),
                articles.stream().map(CorpusGenerator.GeneratedArticle::id).toList());
        assertEquals(8, new HashSet<>(articles.stream().map(CorpusGenerator.GeneratedArticle::id).toList()).size());
        assertEquals(Instant.parse("2021-10-24T11:00:00Z").toEpochMilli(), articles.get(6).publishedAtMillis());
        for (int n = 0; n < 5; n++) {
            assertEquals(articles.get(n).publishedAtMillis() + PERIOD, articles.get(n + 3).publishedAtMillis());
        }
        for (int n = 1; n < articles.size(); n++) {
            assertTrue(articles.get(n - 1).publishedAtMillis() <= articles.get(n).publishedAtMillis());
        }
        // and each record is an article with its new id and time, its text unchanged
        Article repeat = PARSER.parse(articles.get(5).json());
        assertEquals("b-1~p1", repeat.id());
        assertEquals(articles.get(5).publishedAtMillis(), repeat.publishedAt().toEpochMilli());
        assertEquals("Text one of b.", repeat.text());
    }

    @Test
    void interleavesPassesWhenTheCorpusSpansMoreThanAPeriod() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line("old", "2011-02-02T00:00:00Z", "Old text.") + "\n"
                + line("new", "2018-07-18T00:00:00Z", "New text.") + "\n");
        List<String> ids = new ArrayList<>();
        RealCorpus.load(dir).repeated(4).forEachRemaining(a -> ids.add(a.id()));
        assertEquals(List.of("old~p1", "old", "new~p1", "new"), ids);
    }

    @Test
    void refusesMorePassesThanFitAfter1970() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line("a-1", "1975-01-01T00:00:00Z", "Text.") + "\n");
        assertThrows(IllegalArgumentException.class, () -> RealCorpus.load(dir).repeated(10));
    }

    @Test
    void givesTheSameRecordsByteForByteEveryTime() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), line("a-1", "2021-10-24T11:00:00Z", "Text one.") + "\n"
                + line("a-2", "2021-10-25T09:00:00Z", "Text two.") + "\n");
        List<CorpusGenerator.GeneratedArticle> first = new ArrayList<>();
        RealCorpus.load(dir).repeated(5).forEachRemaining(first::add);
        List<CorpusGenerator.GeneratedArticle> second = new ArrayList<>();
        RealCorpus.load(dir).repeated(5).forEachRemaining(second::add);
        assertEquals(5, first.size());
        for (int n = 0; n < 5; n++) {
            assertArrayEquals(first.get(n).json(), second.get(n).json());
        }
    }

    private static String line(String id, String publishedAt, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"Outlet\",\"url\":\"https://example.org/" + id + "\",\"publishedAt\":\""
                + publishedAt + "\",\"title\":\"Title\",\"text\":\"" + text + "\"}";
    }
}

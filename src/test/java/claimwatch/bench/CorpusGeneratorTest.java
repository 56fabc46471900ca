package claimwatch.bench;

import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);
    private static final ArticleParser PARSER = new ArticleParser(2 * 1024 * 1024);

    private static List<CorpusGenerator.GeneratedArticle> corpus(long seed, int count) {
        List<CorpusGenerator.GeneratedArticle> articles = new ArrayList<>();
        new CorpusGenerator(seed, count, START, YEAR).forEachRemaining(articles::add);
        return articles;
    }

    @Test
    void theSameSeedGivesTheSameRecordsByteForByte() {
        List<CorpusGenerator.GeneratedArticle> first = corpus(11, 300);
        List<CorpusGenerator.GeneratedArticle> second = corpus(11, 300);
        assertEquals(300, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).id(), second.get(i).id());
            assertArrayEquals(first.get(i).json(), second.get(i).json());
        }
        assertFalse(new String(corpus(12, 1).get(0).json()).equals(new String(first.get(0).json())));
    }

    @Test
    void everyRecordIsAnArticleOfNewsLength() {
        for (CorpusGenerator.GeneratedArticle generated : corpus(3, 500)) {
            Article article = PARSER.parse(generated.json());
            assertEquals(generated.id(), article.id());
            assertEquals(generated.publishedAtMillis(), article.publishedAt().toEpochMilli());
            int bytes = generated.json().length;
            assertTrue(bytes >= 1_000 && bytes <= 8_192, generated.id() + " is " + bytes + " bytes");
        }
    }

    @Test
    void aFeedRepeatsItselfAsWireCopiesAndExactResends() {
        List<CorpusGenerator.GeneratedArticle> articles = corpus(5, 4_000);
        Map<String, byte[]> byId = new HashMap<>();
        Map<CorpusGenerator.Kind, Integer> kinds = new HashMap<>();
        for (CorpusGenerator.GeneratedArticle a : articles) {
            kinds.merge(a.kind(), 1, Integer::sum);
            if (a.kind() == CorpusGenerator.Kind.RESEND) {
                assertArrayEquals(byId.get(a.id()), a.json(), "a re-send repeats an earlier record exactly");
            }
            byId.putIfAbsent(a.id(), a.json());
        }
        assertBetween(0.02, 0.04, kinds.get(CorpusGenerator.Kind.RESEND) / 4_000.0);
        assertBetween(0.09, 0.15, kinds.get(CorpusGenerator.Kind.SYNDICATED) / 4_000.0);
    }

    @Test
    void publicationTimesRunOverTheSpanInRoughlyFeedOrder() {
        List<CorpusGenerator.GeneratedArticle> articles = corpus(9, 1_000);
        long first = articles.get(0).publishedAtMillis();
        long last = articles.get(articles.size() - 1).publishedAtMillis();
        assertTrue(first >= START.toEpochMilli() && first < START.plus(Duration.ofDays(1)).toEpochMilli());
        assertTrue(last > START.plus(Duration.ofDays(360)).toEpochMilli());
        long previous = START.toEpochMilli();
        for (CorpusGenerator.GeneratedArticle a : articles) {
            if (a.kind() != CorpusGenerator.Kind.RESEND) {
                assertTrue(a.publishedAtMillis() > previous - Duration.ofHours(6).toMillis(), a.id() + " is out of feed order");
                previous = a.publishedAtMillis();
            }
        }
    }

    @Test
    void someArticlesStateFiguresTheExtractorFindsAndMostDoNot() {
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        List<CorpusGenerator.GeneratedArticle> articles = corpus(7, 300);
        long withClaims = articles.stream().filter(a -> !extractor.extract(PARSER.parse(a.json())).isEmpty()).count();
        assertBetween(0.2, 0.7, withClaims / 300.0);
    }

    private static void assertBetween(double low, double high, double actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not within [" + low + ", " + high + "]");
    }
}

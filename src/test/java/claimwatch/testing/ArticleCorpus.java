package claimwatch.testing;

import claimwatch.ingest.Article;
import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded news articles that state troop figures, each with an explicit {@code publishedAt} so
 * that event time, and so every output, is the same on every run. The same seed gives the same
 * articles, byte for byte.
 *
 * <p>Like a real feed it repeats itself: about one article in eight is a wire copy (another
 * outlet, another id, the same text) and one in forty is sent again under its own id.
 */
public final class ArticleCorpus {

    private static final String[] OUTLETS = {"Reuters", "AP", "BBC", "Yonhap", "Kyiv Independent", "AFP",
            "Al Jazeera", "DW", "The Guardian", "NHK"};
    private static final String[] SPEAKERS = {"the Pentagon said", "South Korean intelligence said",
            "Zelensky said", "Ukraine's military said", "NATO said", "officials said", "the Kremlin said"};
    private static final String[] QUALIFIERS = {"", "about ", "an estimated ", "more than ", "up to ", "some ",
            "at least ", "nearly "};
    private static final String[] SENTENCES = {
            "%s%s North Korean troops are in Russia's Kursk region, %s.",
            "%s%s North Korean soldiers were killed in Kursk, %s.",
            "%s%s North Korean soldiers were killed or wounded in Kursk, %s.",
            "%s%s North Korean soldiers were captured in Kursk, %s.",
            "%s%s Russian soldiers were killed near Pokrovsk over the past day, %s.",
            "%s%s US troops are stationed in South Korea, %s.",
            "%s%s Ukrainian troops are fighting in the Kursk region, %s.",
            "%s%s Russian troops were wounded near Bakhmut last week, %s.",
    };
    private static final String[] FILLER = {
            "The figure could not be independently verified.",
            "Moscow has not commented on the reports.",
            "Fighting continued along the front line on Tuesday.",
            "Seoul summoned the Russian ambassador over the deployment.",
            "Analysts said the numbers were likely to rise in the coming weeks.",
    };

    private ArticleCorpus() {
    }

    /** An article and the partition of {@code articles} it is sent to (null: the producer's choice, by key). */
    public record Placed(Article article, Integer partition) {
    }

    /**
     * {@code count} articles published from {@code start} on, {@code spacing} apart on average
     * (with jitter, so some arrive a little out of publication order, as feeds do).
     */
    public static List<Article> generate(long seed, int count, Instant start, Duration spacing) {
        return generate(seed, count, start, spacing, 1).stream().map(Placed::article).toList();
    }

    /**
     * Articles in {@code families} families, family f sent to partition f: an article states claims
     * of one family's kinds only (force and measure, by sentence template), and its wire copies and
     * re-sends stay in its family. Every claim key then lives in one partition of {@code articles}, so
     * each claim's sightings meet downstream in one order however many instances share the work.
     */
    public static List<Placed> generate(long seed, int count, Instant start, Duration spacing, int families) {
        Random random = new Random(seed);
        List<Placed> placed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusMillis(spacing.toMillis() * i
                    + (long) (random.nextDouble() * spacing.toMillis() * 2) - spacing.toMillis() / 2);
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            int roll = random.nextInt(40);
            if (!placed.isEmpty() && roll < 5) {
                Placed original = placed.get(random.nextInt(placed.size()));
                Article a = original.article();
                placed.add(new Placed(new Article(String.format("art-%05d", i), outlet, "https://example.org/" + i, at,
                        a.title(), a.text()), original.partition()));
            } else if (!placed.isEmpty() && roll == 5) {
                placed.add(placed.get(placed.size() - 1 - random.nextInt(Math.min(placed.size(), 20))));
            } else {
                int family = random.nextInt(families);
                placed.add(new Placed(fresh(random, i, outlet, at, family, families), families == 1 ? null : family));
            }
        }
        return placed;
    }

    /** One article per family, stating one claim of each of its kinds, published at {@code at}. */
    public static List<Placed> oneOfEachFamily(Instant at, int families) {
        List<Placed> articles = new ArrayList<>();
        for (int family = 0; family < families; family++) {
            StringBuilder text = new StringBuilder();
            for (int t = family; t < SENTENCES.length; t += families) {
                text.append(String.format(SENTENCES[t], "", "1,000", SPEAKERS[0])).append(' ');
            }
            articles.add(new Placed(new Article("last-" + family, "Reuters", null, at, null, text.toString().trim()),
                    family));
        }
        return articles;
    }

    private static Article fresh(Random random, int i, String outlet, Instant at, int family, int families) {
        StringBuilder text = new StringBuilder();
        int claims = 1 + random.nextInt(3);
        String title = null;
        int kinds = (SENTENCES.length - family + families - 1) / families;
        for (int c = 0; c < claims; c++) {
            String sentence = String.format(SENTENCES[family + families * random.nextInt(kinds)],
                    capitalised(QUALIFIERS[random.nextInt(QUALIFIERS.length)]), figure(random),
                    SPEAKERS[random.nextInt(SPEAKERS.length)]);
            if (title == null) {
                title = sentence;
            }
            text.append(sentence).append(' ').append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
        return new Article(String.format("art-%05d", i), outlet, "https://example.org/" + i, at, title,
                text.toString().trim());
    }

    private static String figure(Random random) {
        int[] magnitudes = {100, 1_000, 10_000};
        int n = (1 + random.nextInt(99)) * magnitudes[random.nextInt(magnitudes.length)] / 10;
        return String.format("%,d", Math.max(n, 10));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The article as a producer would send it: contract JSON, UTF-8. */
    public static byte[] json(Article article) {
        try {
            return Json.MAPPER.writeValueAsBytes(article);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

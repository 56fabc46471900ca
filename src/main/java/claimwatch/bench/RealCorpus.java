package claimwatch.bench;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Real texts for benchmarks: every article of the {@code *.jsonl} files of a directory (the article
 * format, one JSON object a line, e.g. {@code ../shared/corpora}), in publication order, repeated as
 * often as a run needs. Nothing of them is kept in the project: they are read where they lie.
 *
 * <p>Pass 0 is the corpus as it is. Pass {@code p} is the same articles with fresh ids
 * ({@code <id>~p<p>}) and publication times shifted by {@code p} periods, a period being whole weeks,
 * at least one more than the corpus spans: each pass follows the last in event time, in the same
 * order, at the same time of day and weekday (daily and weekly windows cut it alike). The same
 * directory and count give the same records, byte for byte.
 *
 * <p>What a repeat meets: the period is years (the corpora span 2011 to 2022), far beyond the dedup
 * memory ({@code claimwatch.dedup.retention}, 30 days of event time), so a repeated text is neither
 * dropped as the same content re-sent nor marked as a wire copy of its earlier pass; each pass is
 * the real corpus replayed afresh, its own re-sent and syndicated texts recognised as they are in it.
 * Lines without a publication time or text are skipped (none in the shared corpora).
 */
public final class RealCorpus {

    private static final Duration WEEK = Duration.ofDays(7);

    private record Text(String id, long publishedAtMillis, ObjectNode json) {
    }

    private final List<Text> texts;
    private final long periodMillis;
    private final int skipped;

    private RealCorpus(List<Text> texts, int skipped) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no article with a publication time and a text");
        }
        this.texts = texts;
        this.skipped = skipped;
        long span = texts.get(texts.size() - 1).publishedAtMillis() - texts.get(0).publishedAtMillis();
        this.periodMillis = (span / WEEK.toMillis() + 2) * WEEK.toMillis();
    }

    /** Every article of the directory's {@code *.jsonl} files, sorted by publication time, then id. */
    public static RealCorpus load(Path dir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " has no .jsonl file");
        }
        List<Text> texts = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Text text = text(Json.MAPPER.readTree(line));
                    if (text == null) {
                        skipped++;
                    } else {
                        texts.add(text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        texts.sort(Comparator.comparingLong(Text::publishedAtMillis).thenComparing(Text::id));
        return new RealCorpus(List.copyOf(texts), skipped);
    }

    private static Text text(JsonNode node) {
        if (!(node instanceof ObjectNode object) || !node.path("id").isTextual() || !node.path("text").isTextual()
                || !node.path("publishedAt").isTextual()) {
            return null;
        }
        try {
            return new Text(node.get("id").asText(), Instant.parse(node.get("publishedAt").asText()).toEpochMilli(), object);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Articles in one pass. */
    public int size() {
        return texts.size();
    }

    /** Lines left out: no id, text or publication time. */
    public int skipped() {
        return skipped;
    }

    /** How far each pass is shifted in event time from the one before. */
    public Duration period() {
        return Duration.ofMillis(periodMillis);
    }

    /** The first {@code count} articles of the corpus repeated: pass after pass, as the class says. */
    public Iterator<CorpusGenerator.GeneratedArticle> repeated(long count) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public CorpusGenerator.GeneratedArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return article(next++);
            }
        };
    }

    /** Article {@code n} of the repeated corpus. */
    CorpusGenerator.GeneratedArticle article(long n) {
        long pass = n / texts.size();
        Text text = texts.get((int) (n % texts.size()));
        String id = pass == 0 ? text.id() : text.id() + "~p" + pass;
        long publishedAt = text.publishedAtMillis() + pass * periodMillis;
        ObjectNode json = text.json().deepCopy();
        json.put("id", id);
        json.put("publishedAt", Instant.ofEpochMilli(publishedAt).toString());
        try {
            return new CorpusGenerator.GeneratedArticle(id, publishedAt, Json.MAPPER.writeValueAsBytes(json),
                    CorpusGenerator.Kind.ORIGINAL);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

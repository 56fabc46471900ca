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
 * format, one JSON object a line, e.g. {@code ../shared/corpora}), repeated as often as a run needs.
 * Nothing of them is kept in the project: they are read where they lie.
 *
 * <p>Pass 0 is the corpus as it is. Pass {@code p} is the same articles with fresh ids
 * ({@code <id>~p<p>}) published {@code p} periods earlier, a period being {@link #PERIOD} (60 weeks):
 * whole weeks, so each text keeps its time of day and weekday (daily and weekly windows cut it alike),
 * and earlier rather than later, since a broker refuses records from the future (Kafka 4's
 * {@code log.message.timestamp.after.max.ms}, one hour). The passes a count needs are published
 * together in publication order (then id), the latest articles left out when the count ends inside a
 * pass: event time moves forward through the run as it does in a feed. The same directory and count
 * give the same records, byte for byte.
 *
 * <p>What a repeat meets: 60 weeks is beyond every memory of the topology (dedup 30 days, first-seen
 * times and distinct claims 400 days, by event time), so a repeated text is neither dropped as the
 * same content re-sent nor marked as a wire copy of its other passes, and its claims are new again:
 * each pass is the real corpus afresh, its own re-sent and syndicated texts recognised as they are in
 * it. Lines without a publication time or text are skipped (none in the shared corpora).
 */
public final class RealCorpus {

    /** How much earlier each pass is published than the one before. */
    public static final Duration PERIOD = Duration.ofDays(7 * 60);

    private record Text(String id, long publishedAtMillis, ObjectNode json) {
    }

    /** Article {@code text} of the corpus in pass {@code pass}, published at {@code publishedAtMillis}. */
    private record Repeat(long publishedAtMillis, String id, int text, int pass) {
    }

    private final List<Text> texts;
    private final int skipped;

    private RealCorpus(List<Text> texts, int skipped) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no article with a publication time and a text");
        }
        this.texts = texts;
        this.skipped = skipped;
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

    /** The first {@code count} articles of the corpus repeated, in publication order, as the class says. */
    public Iterator<CorpusGenerator.GeneratedArticle> repeated(long count) {
        int passes = (int) Math.max(1, (count + texts.size() - 1) / texts.size());
        long earliest = texts.get(0).publishedAtMillis() - (passes - 1) * PERIOD.toMillis();
        if (earliest < 0) {
            throw new IllegalArgumentException(count + " articles take " + passes + " passes of the " + texts.size()
                    + " texts, the earliest published " + Instant.ofEpochMilli(earliest) + ", before 1970");
        }
        List<Repeat> order = new ArrayList<>(passes * texts.size());
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < texts.size(); i++) {
                Text text = texts.get(i);
                order.add(new Repeat(text.publishedAtMillis() - pass * PERIOD.toMillis(),
                        pass == 0 ? text.id() : text.id() + "~p" + pass, i, pass));
            }
        }
        order.sort(Comparator.comparingLong(Repeat::publishedAtMillis).thenComparing(Repeat::id));
        List<Repeat> first = order.subList(0, (int) Math.min(count, order.size()));
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < first.size();
            }

            @Override
            public CorpusGenerator.GeneratedArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return article(first.get(next++));
            }
        };
    }

    private CorpusGenerator.GeneratedArticle article(Repeat repeat) {
        ObjectNode json = texts.get(repeat.text()).json().deepCopy();
        json.put("id", repeat.id());
        json.put("publishedAt", Instant.ofEpochMilli(repeat.publishedAtMillis()).toString());
        try {
            return new CorpusGenerator.GeneratedArticle(repeat.id(), repeat.publishedAtMillis(), Json.MAPPER.writeValueAsBytes(json),
                    CorpusGenerator.Kind.ORIGINAL);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

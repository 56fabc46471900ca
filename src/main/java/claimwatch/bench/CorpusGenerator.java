package claimwatch.bench;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A seeded stream of news articles as they reach the {@code articles} topic, for benchmarks: the
 * same seed and count give the same records, byte for byte, without holding the corpus in memory.
 *
 * <p>Like a real feed: bodies of 1–8 KB (median about 3 KB); about two articles in five cover the
 * fighting and state personnel figures in about one sentence in ten, the others carry only
 * numbers that are not claims and prose; some fifty outlets; one article in eight a syndicated
 * copy of a recent wire story under another outlet's header and footer; one in thirty-three an
 * exact re-send (same id, same bytes); publication times spread evenly over {@code span}, a few
 * hours out of order.
 */
public final class CorpusGenerator implements Iterator<CorpusGenerator.GeneratedArticle> {

    /** One record for the {@code articles} topic: key, record timestamp and JSON value. */
    public record GeneratedArticle(String id, long publishedAtMillis, byte[] json, Kind kind) {
    }

    public enum Kind { ORIGINAL, SYNDICATED, RESEND }

    private static final List<String> WIRES = List.of("Reuters", "AP", "AFP", "Yonhap", "Ukrinform", "dpa", "Kyodo");
    private static final List<String> OUTLETS = outlets();
    private static final int RECENT_WIRE_STORIES = 2_000;
    private static final int RECENT_RECORDS = 50;
    private static final double SYNDICATED_SHARE = 0.12;
    private static final double RESEND_SHARE = 0.03;
    private static final double WAR_STORY_SHARE = 0.4;
    private static final double CLAIM_SHARE_OF_WAR_STORY = 0.1;
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final long HOUR_MS = 3_600_000L;

    private final long seed;
    private final long count;
    private final long startMillis;
    private final long spanMillis;
    private final Random random;
    private final NewsText news;
    private final List<Wire> recentWireStories = new ArrayList<>();
    private final List<GeneratedArticle> recentRecords = new ArrayList<>();
    private long next;

    private record Wire(String outlet, String title, String body) {
    }

    /** {@code count} articles published between {@code start} and {@code start + span}. */
    public CorpusGenerator(long seed, long count, Instant start, Duration span) {
        this.seed = seed;
        this.count = count;
        this.startMillis = start.toEpochMilli();
        this.spanMillis = span.toMillis();
        this.random = new Random(seed);
        this.news = new NewsText(random);
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public GeneratedArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long i = next++;
        double roll = random.nextDouble();
        GeneratedArticle article;
        if (roll < RESEND_SHARE && !recentRecords.isEmpty()) {
            GeneratedArticle again = recentRecords.get(random.nextInt(recentRecords.size()));
            article = new GeneratedArticle(again.id(), again.publishedAtMillis(), again.json(), Kind.RESEND);
        } else if (roll < RESEND_SHARE + SYNDICATED_SHARE && !recentWireStories.isEmpty()) {
            article = syndicated(i, recentWireStories.get(random.nextInt(recentWireStories.size())));
        } else {
            article = original(i);
        }
        remember(recentRecords, article, RECENT_RECORDS);
        return article;
    }

    private GeneratedArticle original(long i) {
        long at = publishedAt(i);
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        double claimShare = random.nextDouble() < WAR_STORY_SHARE ? CLAIM_SHARE_OF_WAR_STORY : 0;
        double monthsIn = (at - startMillis) / (30.0 * 24 * HOUR_MS);
        NewsText.Story story = news.story(Instant.ofEpochMilli(at), bodyLength(), claimShare, monthsIn);
        String body = story.body();
        if (WIRES.contains(outlet)) {
            String dateline = Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC).format(DATELINE);
            body = dateline + " (" + outlet + ") - " + body + "\n\n(Reporting by the " + outlet + " bureau; editing by the desk)";
            remember(recentWireStories, new Wire(outlet, story.title(), body), RECENT_WIRE_STORIES);
        }
        return record(i, at, outlet, story.title(), body, Kind.ORIGINAL);
    }

    /** A wire story carried by another outlet: its own id, header and footer around the same story. */
    private GeneratedArticle syndicated(long i, Wire wire) {
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        String header = switch (random.nextInt(3)) {
            case 0 -> "By " + outlet + " staff and wire reports";
            case 1 -> "This article first appeared on " + wire.outlet() + ".";
            default -> outlet.toUpperCase(Locale.ROOT) + " | World news";
        };
        String footer = switch (random.nextInt(3)) {
            case 0 -> "Copyright " + outlet + ". All rights reserved. This material may not be redistributed.";
            case 1 -> "Get the " + outlet + " morning briefing in your inbox every weekday.";
            default -> "Additional reporting by " + outlet + " correspondents.";
        };
        return record(i, publishedAt(i), outlet, wire.title(), header + "\n\n" + wire.body() + "\n\n" + footer, Kind.SYNDICATED);
    }

    private GeneratedArticle record(long i, long at, String outlet, String title, String text, Kind kind) {
        String id = "gen-" + seed + "-" + i;
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("id", id)
                .put("source", outlet)
                .put("url", "https://news.example.org/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + i)
                .put("publishedAt", Instant.ofEpochMilli(at).toString())
                .put("title", title)
                .put("text", text);
        try {
            return new GeneratedArticle(id, at, Json.MAPPER.writeValueAsBytes(node), kind);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Evenly over the span in feed order, up to three hours early or late. */
    private long publishedAt(long i) {
        long slot = startMillis + (long) (spanMillis * ((double) i / Math.max(count, 1)));
        return Math.max(startMillis, slot + (long) ((random.nextDouble() * 2 - 1) * 3 * HOUR_MS));
    }

    /** News lengths: log-normal around 3,000 characters, kept within 1–8 KB. */
    private int bodyLength() {
        double length = Math.exp(Math.log(3_000) + 0.55 * random.nextGaussian());
        return (int) Math.max(1_000, Math.min(6_000, length));
    }

    private <T> void remember(List<T> recent, T item, int capacity) {
        if (recent.size() < capacity) {
            recent.add(item);
        } else {
            recent.set(random.nextInt(capacity), item);
        }
    }

    private static List<String> outlets() {
        List<String> outlets = new ArrayList<>(WIRES);
        outlets.addAll(List.of("BBC", "Al Jazeera", "DW", "The Guardian", "NHK", "Kyiv Independent", "Meduza",
                "Korea Herald", "Times of Israel", "Sudan Tribune", "Le Monde", "Politico Europe", "Defense News",
                "Radio Free Europe"));
        for (String city : List.of("Springfield", "Riverside", "Lakeside", "Hillcrest", "Portsmouth", "Fairview",
                "Oakland Hills", "Kingston")) {
            for (String paper : List.of("Herald", "Courier", "Gazette", "Tribune")) {
                outlets.add("The " + city + " " + paper);
            }
        }
        return List.copyOf(outlets);
    }
}

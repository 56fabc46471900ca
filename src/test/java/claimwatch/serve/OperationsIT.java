package claimwatch.serve;

import claimwatch.alert.Alert;
import claimwatch.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine;
import claimwatch.extract.Claim;
import claimwatch.extract.Measure;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.testing.TopicReader;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.Topics;
import claimwatch.track.LateArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator reads of a running instance on a real broker, against what the test sent (the dated
 * seed timeline, a copy of its first article too late for its window, the undated seeds, and bad records
 * of known reasons): {@code /metrics}, whose counters of what the topology decides (claims, alerts,
 * late) are held against the topics it wrote, and {@code claimwatch status}, against the API.
 */
@Timeout(240)
class OperationsIT {

    /** Bad records and the dead-letter reason label each must be counted under. */
    private static final Map<String, String> BAD = Map.of(
            "{\"text\": oops", "not_json",
            "{\"title\": \"no text\"}", "no_text",
            "[1, 2, 3]", "not_an_object",
            "{\"text\": \"Some 3,000 troops\", \"publishedAt\": \"9999-12-31T00:00:00Z\"}", "bad_published_at");

    @TempDir
    static Path workDir;

    private static ServedInstances served;
    private static PrometheusText scrape;
    private static int goodSent;
    private static int undatedSent;
    private static int deadLettersSent;

    @BeforeAll
    static void sendKnownRecordsAndScrape() throws Exception {
        served = ServedInstances.start(workDir, "claimwatch-operations-it", 1, 1);
        // Given: the dated timeline, one at a time in publication order
        served.publishSeedTimeline();
        List<ArticleFiles.Entry> entries = new ArrayList<>();
        new ArticleFiles(new ArticleParser(served.config.articleMaxBytes()))
                .read(Path.of("src/test/resources/replay/timeline.jsonl"), entries::add);
        ArticleFiles files = new ArticleFiles(new ArticleParser(served.config.articleMaxBytes()));
        for (Path file : ArticleFiles.expand(List.of(Path.of("src/main/resources/samples")))) {
            files.read(file, entries::add);
        }
        List<ArticleFiles.Entry> dated = entries.stream().filter(e -> e.problem() == null && e.publishedAt() != null).toList();
        List<ArticleFiles.Entry> undated = entries.stream().filter(e -> e.problem() == null && e.publishedAt() == null).toList();
        ArticleFiles.Entry first = dated.stream().min((a, b) -> a.publishedAt().compareTo(b.publishedAt())).orElseThrow();
        String late = new String(first.value(), StandardCharsets.UTF_8)
                .replace("\"id\": \"" + first.key() + "\"", "\"id\": \"late-copy\"")
                .replace("last week.", "last week, a later report repeated.");
        Properties props = served.config.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            // When: an article for a window closed long ago, the undated ones, and records that are no articles
            producer.send(new ProducerRecord<>(Topics.ARTICLES, null, first.publishedAt().toEpochMilli(), "late-copy",
                    late.getBytes(StandardCharsets.UTF_8))).get();
            for (ArticleFiles.Entry e : undated) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES, e.key(), e.value())).get();
            }
            for (String bad : BAD.keySet()) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES, "bad", bad.getBytes(StandardCharsets.UTF_8))).get();
            }
            byte[] notUtf8 = "{\"text\": \"caf\u00e9 troops\"}".getBytes(StandardCharsets.ISO_8859_1);
            producer.send(new ProducerRecord<>(Topics.ARTICLES, "latin-1", notUtf8)).get();
        }
        goodSent = dated.size() + 1 + undated.size();
        undatedSent = undated.size();
        deadLettersSent = BAD.size() + 1;
        assertTrue(undatedSent > 0 && dated.size() > 0, "the seeds have dated and undated articles");

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        do {
            Thread.sleep(500);
            scrape = PrometheusText.parse(Http.get(served.url(0, "/metrics")).body());
        } while ((scrape.sum("claimwatch_articles_in_total") < goodSent
                || scrape.sum("claimwatch_dead_letters_total") < deadLettersSent)
                && System.nanoTime() < deadline);
        Thread.sleep(2_000); // what the last articles cause downstream (alerts of the windows they close)
        scrape = PrometheusText.parse(Http.get(served.url(0, "/metrics")).body());
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void countsEveryArticleReadAndEveryUndatedOne() {
        assertEquals(goodSent, scrape.sum("claimwatch_articles_in_total"));
        assertEquals(undatedSent, scrape.sum("claimwatch_articles_undated_total"));
    }

    @Test
    void countsDeadLettersByTheKindOfTheirReason() {
        assertEquals(1, scrape.sum("claimwatch_dead_letters_total", "reason", "not_json"));
        assertEquals(1, scrape.sum("claimwatch_dead_letters_total", "reason", "no_text"));
        assertEquals(1, scrape.sum("claimwatch_dead_letters_total", "reason", "not_an_object"));
        assertEquals(1, scrape.sum("claimwatch_dead_letters_total", "reason", "bad_published_at"));
        assertEquals(1, scrape.sum("claimwatch_dead_letters_total", "reason", "not_utf8"));
        assertEquals(deadLettersSent, scrape.sum("claimwatch_dead_letters_total"));
        assertEquals(0, scrape.sum("claimwatch_dead_letters_total", "reason", "too_large"), "a reason not sent is at zero");
    }

    @Test
    void countsClaimsByMeasureAsTheClaimsTopicHoldsThem() {
        var claims = TopicReader.readAll(served.broker.bootstrapServers(), Topics.CLAIMS, new StringDeserializer(),
                JsonSerde.deserializer(Claim.class), Duration.ofSeconds(2));
        Map<Measure, Long> onTopic = claims.stream().collect(Collectors.groupingBy(r -> r.value().measure(), Collectors.counting()));
        assertFalse(onTopic.isEmpty(), "the seeds state claims");
        for (Measure m : Measure.values()) {
            assertEquals(onTopic.getOrDefault(m, 0L).doubleValue(), scrape.sum("claimwatch_claims_out_total", "measure", m.toString()),
                    () -> "claims of measure " + m);
        }
    }

    @Test
    void countsAlertsByKindAndLateArticlesByWindowAsTheTopicsHoldThem() {
        var alerts = TopicReader.readAll(served.broker.bootstrapServers(), Topics.ALERTS, new StringDeserializer(),
                JsonSerde.deserializer(Alert.class), Duration.ofSeconds(2));
        Map<String, Long> byKind = alerts.stream().collect(Collectors.groupingBy(r -> r.value().kind().toString(), Collectors.counting()));
        assertFalse(byKind.isEmpty(), "the seed timeline raises alerts");
        byKind.forEach((kind, n) -> assertEquals(n.doubleValue(), scrape.sum("claimwatch_alerts_total", "kind", kind), kind));
        assertEquals(alerts.size(), scrape.sum("claimwatch_alerts_total"));

        var late = TopicReader.readAll(served.broker.bootstrapServers(), Topics.LATE_ARTICLES, new StringDeserializer(),
                JsonSerde.deserializer(LateArticle.class), Duration.ofSeconds(2));
        Map<String, Long> byWindow = late.stream().map(ConsumerRecord::value).filter(l -> l.window() != null)
                .collect(Collectors.groupingBy(LateArticle::window, Collectors.counting()));
        assertTrue(byWindow.getOrDefault("daily", 0L) > 0, () -> "the copy of the first article is late: " + late);
        for (String window : List.of("daily", "weekly")) {
            assertEquals(byWindow.getOrDefault(window, 0L).doubleValue(), scrape.sum("claimwatch_articles_late_total", "window", window), window);
        }
    }

    @Test
    void timesTheExtractionOfEachArticleNotRepeated() {
        double timed = scrape.sum("claimwatch_extraction_seconds_count");
        assertTrue(timed > 0 && timed <= goodSent, () -> "extractions timed: " + timed + " of " + goodSent + " articles");
        assertFalse(scrape.named("claimwatch_extraction_seconds_bucket", "le", "0.05").isEmpty(), "a histogram, with buckets");
    }

    @Test
    void bindsKafkaStreamsAndConsumerMetricsIncludingLagPerInputPartition() {
        assertTrue(scrape.hasAny("kafka_stream_thread_"), "Kafka Streams' thread metrics");
        assertTrue(scrape.hasAny("kafka_stream_task_"), "Kafka Streams' task metrics");
        var lag = scrape.named("kafka_consumer_fetch_manager_records_lag", "topic", Topics.ARTICLES, "partition", "0");
        assertFalse(lag.isEmpty(), "the consumer's lag on articles-0");
        assertEquals(0, lag.stream().mapToDouble(PrometheusText.Sample::value).max().orElseThrow(), "caught up");
    }

    @Test
    void statusPrintsTheInstanceItsLagEachTrackersLatestEstimateAndTheLastAlertsFromTheApi() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("status", "--url", served.url(0, "/").toString(), "--alerts", "3");
        String printed = out.toString();

        assertEquals(0, exit, printed);
        String self = served.url(0, "/").getAuthority();
        assertTrue(printed.contains(self + " (asked)"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.matches("\\s+" + Topics.ARTICLES + "-0\\s+0\\s+" + Pattern.quote(self))), printed);
        List<Long> bests = served.bestsOnTheTopic();
        String best = NumberFormat.getIntegerInstance(Locale.US).format(bests.get(bests.size() - 1));
        assertTrue(printed.lines().anyMatch(l -> l.contains(ServedInstances.TRACKER) && l.contains("best " + best + " ")),
                () -> "latest best " + best + " in\n" + printed);
        JsonNode alerts = Http.get(served.url(0, "/api/alerts?limit=3")).json().get("alerts");
        assertEquals(3, alerts.size());
        alerts.forEach(a -> assertTrue(printed.contains(a.get("message").asText()), () -> a + " in\n" + printed));
    }
}

package claimwatch.reliability;

import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ConsumerLag;
import claimwatch.testing.HostileRecords;
import claimwatch.testing.HostileRecords.Bad;
import claimwatch.testing.OutputSnapshot;
import claimwatch.testing.RunSettings;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.DeadLetterHandler;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten thousand records that are not articles, mixed among good ones, on a real broker. Every bad
 * one is dead-lettered once with a reason a person can act on; every good one yields exactly the
 * claims the extractor finds in it offline; the stream thread never dies; the heap stays small.
 *
 * <p>The 10 MB article: the broker here accepts records up to 16 MB ({@code message.max.bytes}),
 * so it reaches claimwatch, which refuses it by its own limit ({@code claimwatch.article.max.bytes},
 * 2 MB). claimwatch runs with its default settings, whose producer sends at most 1 MB, so the dead
 * letter holds the first 960 KB and the full length in {@code claimwatch.original.bytes}
 * ({@link DeadLetterHandler}); before that handler, this record failed the stream thread over and
 * over. On a broker with the default limit (1 MB) the broker refuses it at the producer instead,
 * which {@code PublisherIT} pins.
 */
@Timeout(600)
class HostileInputIT {

    private static final long SEED = 6_2026L;
    private static final int BAD_RECORDS = 10_000;
    private static final int GOOD_ARTICLES = 400;
    private static final String SIXTEEN_MB = Integer.toString(16 * 1024 * 1024);

    static {
        // Kafka logs every skipped record with its stack trace: ten thousand of them here.
        for (String logger : new String[] {"org.apache.kafka.streams.errors.LogAndContinueExceptionHandler",
                "org.apache.kafka.streams.processor.internals.RecordDeserializer"}) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger)).setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension(brokerSettings());

    private static ClaimwatchApp app;
    private static RunSettings run;

    private static Properties brokerSettings() {
        Properties settings = new Properties();
        settings.put("message.max.bytes", SIXTEEN_MB);
        return settings;
    }

    @BeforeAll
    static void startApp() throws Exception {
        run = RunSettings.of("hostile", kafka.bootstrapServers(), kafka.workDir());
        app = Reliability.startRunning(run);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyBadRecordIsDeadLetteredWithItsReasonAndEveryGoodOneIsProcessed() throws Exception {
        // Given: unique good articles (no repeats, which dedup would rightly drop) and ten thousand bad records
        List<Article> good = uniqueArticles(ArticleCorpus.generate(SEED, GOOD_ARTICLES,
                Instant.parse("2024-11-01T00:00:00Z"), Duration.ofMinutes(7)));
        good.add(new Article("good-control-chars", "Reuters", null, Instant.parse("2024-11-03T00:00:00Z"), "Tab\tand bell\u0007",
                "Some 2,000 Russian\u0007 soldiers were killed near\u0000 Bakhmut, Ukraine's military said."));
        List<Bad> bad = HostileRecords.generate(SEED, BAD_RECORDS, true);
        List<ProducerRecord<String, byte[]>> mixed = new ArrayList<>();
        good.forEach(a -> mixed.add(new ProducerRecord<>(Topics.ARTICLES, null, a.publishedAt().toEpochMilli(), a.id(),
                ArticleCorpus.json(a))));
        bad.forEach(b -> mixed.add(new ProducerRecord<>(Topics.ARTICLES, b.key(), b.value())));
        Collections.shuffle(mixed, new Random(SEED));

        MemoryWatch memory = MemoryWatch.start();
        long t0 = System.nanoTime();
        // When
        send(mixed);
        ConsumerLag.awaitCaughtUp(kafka.bootstrapServers(), run.applicationId(), Topics.ARTICLES, Duration.ofMinutes(3));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        long peak = memory.stop();

        // Then: every bad record on the dead-letter topic once, with its reason
        Topics topics = run.topics();
        Map<String, Bad> byKey = bad.stream().collect(Collectors.toMap(Bad::key, b -> b));
        List<ConsumerRecord<byte[], byte[]>> deadLetters = OutputSnapshot.readToEnd(kafka.bootstrapServers(), topics.deadLetters());
        Map<String, Integer> seen = new HashMap<>();
        List<String> wrongReasons = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> letter : deadLetters) {
            String key = new String(letter.key(), StandardCharsets.UTF_8);
            seen.merge(key, 1, Integer::sum);
            Bad expected = byKey.get(key);
            Header reason = letter.headers().lastHeader("__streams.errors.message");
            String text = reason == null ? "(no reason header)" : new String(reason.value(), StandardCharsets.UTF_8);
            if (expected == null || !text.startsWith(expected.reason())) {
                wrongReasons.add(key + " " + (expected == null ? "(a good article!)" : expected.kind() + ": expected '"
                        + expected.reason() + "…'") + ", reason was '" + abbreviate(text) + "'");
            }
            if (expected != null && !holdsTheOriginal(expected.value(), letter)) {
                wrongReasons.add(key + ": the dead letter holds neither the original bytes nor their start and length");
            }
        }
        Set<String> missing = new HashSet<>(byKey.keySet());
        missing.removeAll(seen.keySet());
        List<String> doubled = seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(missing.isEmpty(), () -> missing.size() + " bad records never reached the dead-letter topic: "
                + missing.stream().sorted().limit(10).map(byKey::get).toList());
        assertTrue(doubled.isEmpty(), () -> "dead-lettered more than once: " + doubled);
        assertTrue(wrongReasons.isEmpty(), () -> wrongReasons.size() + " dead letters with a wrong reason: "
                + wrongReasons.subList(0, Math.min(10, wrongReasons.size())));
        assertEquals(bad.size(), deadLetters.size());

        // Then: every good article gave exactly the claims the extractor finds in it
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        ArticleParser parser = new ArticleParser(run.config().articleMaxBytes());
        Serializer<Claim> claimJson = JsonSerde.serializer(Claim.class);
        List<String> expectedClaims = new ArrayList<>();
        for (Article article : good) {
            for (Claim claim : extractor.extract(parser.parse(ArticleCorpus.json(article)))) {
                expectedClaims.add(claim.articleId() + " -> " + new String(claimJson.serialize(null, claim), StandardCharsets.UTF_8));
            }
        }
        Collections.sort(expectedClaims);
        OutputSnapshot outputs = OutputSnapshot.read(kafka.bootstrapServers(), topics);
        assertTrue(expectedClaims.size() >= good.size(), "the corpus states at least one claim per article");
        assertEquals(expectedClaims, outputs.topics().get("claims"), "claims of the good articles");

        // Then: the instance is healthy, its one stream thread never died, and memory stayed bounded
        Reliability.assertNoStreamThreadDied(app.streams());
        long afterGc = memory.usedAfterGc();
        System.out.printf("HostileInputIT: %d bad + %d good records in %d s; heap peak %d MB, after GC %d MB; %s%n",
                bad.size(), good.size(), seconds, peak >> 20, afterGc >> 20, outputs.summary());
        // Broker, application and test share this heap; the 10 MB record passes through it a few times.
        assertTrue(afterGc < 512L << 20, () -> "heap after GC: " + (afterGc >> 20) + " MB");
    }

    private static boolean holdsTheOriginal(byte[] original, ConsumerRecord<byte[], byte[]> letter) {
        if (original == null || letter.value() == null) {
            return original == letter.value() || (original != null && original.length == 0 && letter.value() == null);
        }
        Header cut = letter.headers().lastHeader(DeadLetterHandler.ORIGINAL_BYTES_HEADER);
        if (cut == null) {
            return Arrays.equals(original, letter.value());
        }
        return Integer.parseInt(new String(cut.value(), StandardCharsets.UTF_8)) == original.length
                && letter.value().length < original.length
                && Arrays.equals(original, 0, letter.value().length, letter.value(), 0, letter.value().length);
    }

    private static void send(List<ProducerRecord<String, byte[]>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, SIXTEEN_MB);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Integer.toString(64 * 1024 * 1024));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        AtomicLong failures = new AtomicLong();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record, (meta, e) -> {
                    if (e != null) {
                        failures.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        assertEquals(0, failures.get(), "records the broker refused");
    }

    private static List<Article> uniqueArticles(List<Article> corpus) {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<Article> unique = new ArrayList<>();
        for (Article a : corpus) {
            if (ids.add(a.id()) && texts.add(a.text())) {
                unique.add(a);
            }
        }
        return unique;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** Samples the heap while the records flow; the peak includes garbage not yet collected. */
    private static final class MemoryWatch {
        private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static MemoryWatch start() {
            MemoryWatch watch = new MemoryWatch();
            watch.thread = new Thread(() -> {
                while (watch.running) {
                    watch.peak.accumulateAndGet(watch.bean.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch");
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }

        long usedAfterGc() {
            System.gc();
            return bean.getHeapMemoryUsage().getUsed();
        }
    }
}

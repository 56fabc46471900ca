package claimwatch.reliability;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.ArticlePublisher;
import claimwatch.testing.ArticleCorpus;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.OutputSnapshot;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code publish} on a real broker: nothing lost or doubled across a broker restart; bad files reported, good ones sent. */
@Timeout(300)
class PublisherIT {

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    private static ClaimwatchConfig config;
    private static Path workDir;

    @BeforeAll
    static void settings() {
        config = ClaimwatchConfig.defaults().with("bootstrap.servers", kafka.bootstrapServers());
        workDir = kafka.workDir();
    }

    @Test
    void publishesEveryArticleExactlyOnceWhileTheBrokerRestarts() throws Exception {
        // Given: three files; the middle one is a pipe, so its articles come only when the test writes
        // them, which it does while the broker is down
        String topic = topic("restart");
        List<Article> corpus = unique(ArticleCorpus.generate(61L, 3000, Instant.parse("2024-10-01T00:00:00Z"),
                Duration.ofMinutes(20)));
        int third = corpus.size() / 3;
        Path first = jsonl(workDir.resolve("restart-1.jsonl"), corpus.subList(0, third));
        Path pipe = workDir.resolve("restart-2.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        Path last = jsonl(workDir.resolve("restart-3.jsonl"), corpus.subList(2 * third, corpus.size()));

        // When: publish runs; once the first file is on the broker, the broker stops, the second file
        // is written, the broker starts again
        CompletableFuture<ArticlePublisher.Report> publishing = CompletableFuture.supplyAsync(() -> {
            try (ArticlePublisher publisher = publisher(topic)) {
                return publisher.publish(List.of(first, pipe, last));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRecords(topic, third);
        kafka.broker().stop();
        // the publisher reads the pipe and sends against a stopped broker until this restart
        CompletableFuture<Void> restarted = CompletableFuture.runAsync(() -> {
            sleep(Duration.ofSeconds(4));
            kafka.broker().restart();
        });
        try (OutputStream out = Files.newOutputStream(pipe)) {
            for (Article article : corpus.subList(third, 2 * third)) {
                out.write(ArticleCorpus.json(article));
                out.write('\n');
            }
        }
        restarted.get(60, TimeUnit.SECONDS);
        ArticlePublisher.Report report = publishing.get(120, TimeUnit.SECONDS);

        // Then: every article on the topic, once
        assertEquals(corpus.size(), report.sent());
        assertEquals(0, report.failed());
        assertTrue(report.unreadable().isEmpty(), () -> report.unreadable().toString());
        Map<String, Long> copies = OutputSnapshot.readToEnd(kafka.bootstrapServers(), topic).stream()
                .collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8), Collectors.counting()));
        assertEquals(corpus.stream().map(Article::id).collect(Collectors.toSet()), copies.keySet(), "articles on the topic");
        Map<String, Long> doubled = new HashMap<>(copies);
        doubled.values().removeIf(n -> n == 1);
        assertTrue(doubled.isEmpty(), () -> "written more than once: " + doubled);
    }

    @Test
    void reportsAFileItCannotReadByNameAndStillSendsTheRest() throws Exception {
        // Given: a readable file, one that does not exist, one that is not UTF-8 text, and another readable one
        String topic = topic("unreadable");
        List<Article> corpus = unique(ArticleCorpus.generate(62L, 100, Instant.parse("2024-10-01T00:00:00Z"),
                Duration.ofHours(1))).subList(0, 60);
        Path good = jsonl(workDir.resolve("good-1.jsonl"), corpus.subList(0, 30));
        Path missing = workDir.resolve("missing.jsonl");
        Path binary = workDir.resolve("picture.txt");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xD8, 0});
        Path alsoGood = jsonl(workDir.resolve("good-2.jsonl"), corpus.subList(30, 60));

        // When
        ArticlePublisher.Report report;
        try (ArticlePublisher publisher = publisher(topic)) {
            report = publisher.publish(List.of(good, missing, binary, alsoGood));
        }

        // Then: the two bad files named in the report, the sixty articles sent
        assertEquals(2, report.unreadable().size(), () -> report.unreadable().toString());
        assertEquals(missing + ": no such file", report.unreadable().get(0));
        assertEquals(binary + ": not UTF-8 text", report.unreadable().get(1));
        assertEquals(60, report.sent());
        assertEquals(60, OutputSnapshot.readToEnd(kafka.bootstrapServers(), topic).size());
    }

    @Test
    void aLineThatIsNotUtf8IsSentForTheDeadLetterTopicAndTheRestOfItsFileStillGoes() throws Exception {
        // Given: a JSON Lines file whose second line holds a byte that is not UTF-8
        String topic = topic("not-utf8");
        List<Article> corpus = unique(ArticleCorpus.generate(64L, 20, Instant.parse("2024-10-01T00:00:00Z"),
                Duration.ofHours(1))).subList(0, 3);
        Path file = workDir.resolve("mixed.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ArticleCorpus.json(corpus.get(0)));
            out.write("\n{\"text\":\"5,000 troops \u00ff\"}\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(ArticleCorpus.json(corpus.get(1)));
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
            out.write(ArticleCorpus.json(corpus.get(2)));
        }

        // When
        ArticlePublisher.Report report;
        try (ArticlePublisher publisher = publisher(topic)) {
            report = publisher.publish(List.of(file));
        }

        // Then: four records, one of them marked for the dead-letter topic
        assertTrue(report.unreadable().isEmpty(), () -> report.unreadable().toString());
        assertEquals(4, report.sent());
        assertEquals(1, report.invalid());
        assertEquals(4, OutputSnapshot.readToEnd(kafka.bootstrapServers(), topic).size());
    }

    @Test
    void aRecordTheBrokerRefusesIsCountedAsFailedAndTheRestStillGo() throws Exception {
        // Given: a 10 MB line between good ones; this broker keeps Kafka's 1 MB limit (message.max.bytes)
        String topic = topic("too-large");
        List<Article> corpus = unique(ArticleCorpus.generate(63L, 40, Instant.parse("2024-10-01T00:00:00Z"),
                Duration.ofHours(1))).subList(0, 20);
        Path file = workDir.resolve("with-a-huge-line.jsonl");
        List<String> lines = new ArrayList<>();
        corpus.subList(0, 10).forEach(a -> lines.add(new String(ArticleCorpus.json(a), StandardCharsets.UTF_8)));
        lines.add("{\"text\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        corpus.subList(10, 20).forEach(a -> lines.add(new String(ArticleCorpus.json(a), StandardCharsets.UTF_8)));
        Files.write(file, lines, StandardCharsets.UTF_8);

        // When
        ArticlePublisher.Report report;
        try (ArticlePublisher publisher = publisher(topic)) {
            report = publisher.publish(List.of(file));
        }

        // Then
        assertEquals(1, report.failed());
        assertEquals(20, report.sent());
        List<ConsumerRecord<byte[], byte[]>> published = OutputSnapshot.readToEnd(kafka.bootstrapServers(), topic);
        assertEquals(20, published.size());
        assertFalse(published.stream().anyMatch(r -> r.value().length > 1024 * 1024));
    }

    private static ArticlePublisher publisher(String topic) {
        return new ArticlePublisher(config.clientProperties(), topic,
                new ArticleFiles(new ArticleParser(config.articleMaxBytes())));
    }

    private static String topic(String name) {
        String topic = "articles-" + name;
        kafka.broker().createTopics(List.of(new NewTopic(topic, 3, (short) 1)));
        return topic;
    }

    private static Path jsonl(Path file, List<Article> articles) throws IOException {
        List<String> lines = articles.stream().map(a -> new String(ArticleCorpus.json(a), StandardCharsets.UTF_8)).toList();
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The corpus without its re-sent articles: here every id must arrive once. */
    private static List<Article> unique(List<Article> corpus) {
        Map<String, Article> byId = new java.util.LinkedHashMap<>();
        corpus.forEach(a -> byId.putIfAbsent(a.id(), a));
        return new ArrayList<>(byId.values());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitRecords(String topic, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (OutputSnapshot.readToEnd(kafka.bootstrapServers(), topic).size() < count) {
            assertTrue(System.nanoTime() < deadline, "the first file did not arrive");
            Thread.sleep(100);
        }
    }
}

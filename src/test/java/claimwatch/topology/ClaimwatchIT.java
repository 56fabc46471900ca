package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.Claim;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.ArticlePublisher;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline on a real broker, exactly-once: seeds in, claims out, bad records dead-lettered. */
@Timeout(180)
class ClaimwatchIT {

    private static final Path SEEDS = Path.of("src/main/resources/samples");

    @TempDir
    static Path workDir;

    private static EmbeddedKafkaBroker broker;
    private static ClaimwatchApp app;
    private static ClaimwatchConfig config;

    @BeforeAll
    static void startBrokerAndApp() throws Exception {
        broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), new Properties());
        config = ClaimwatchConfig.defaults()
                .with("bootstrap.servers", broker.bootstrapServers())
                .with("application.id", "claimwatch-it")
                .with("state.dir", workDir.resolve("streams").toString());
        ClaimwatchApp.createTopics(config);
        app = ClaimwatchApp.start(config);
        assertTrue(app.awaitRunning(Duration.ofSeconds(60)), "the topology did not reach RUNNING");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void publishedSeedArticlesComeOutAsClaimsOfEveryArticleWithATroopFigure() throws Exception {
        ArticleFiles files = new ArticleFiles(new ArticleParser(config.articleMaxBytes()));
        try (ArticlePublisher publisher = new ArticlePublisher(config.clientProperties(), Topics.ARTICLES, files)) {
            ArticlePublisher.Report report = publisher.publish(List.of(SEEDS));
            assertEquals(5, report.sent());
            assertEquals(0, report.failed());
        }

        Set<String> seeds = Set.of("000_590fbcd969a6a2c3", "001_a40d1bd201719393", "002_da94ea73763b4ec9",
                "003_9128b058b75cabc4", "004_993c55ae9931b755");
        List<ConsumerRecord<String, Claim>> claims = TopicReader.readUntil(broker.bootstrapServers(), Topics.CLAIMS,
                new StringDeserializer(), JsonSerde.deserializer(Claim.class),
                read -> articleIds(read).containsAll(seeds), Duration.ofSeconds(60));

        assertTrue(articleIds(claims).containsAll(seeds), () -> "claims came from " + articleIds(claims));
        assertTrue(claims.stream().anyMatch(r -> "PRK".equals(r.value().force()) && Long.valueOf(10_000).equals(r.value().value())),
                "the 10,000 North Korean troops are among the claims");
        assertTrue(claims.stream().allMatch(r -> r.key().equals(r.value().articleId())), "claims are keyed by article id");
    }

    @Test
    void aBadRecordLandsOnTheDeadLetterTopicWithItsReasonWhileGoodOnesStillComeThrough() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config.clientProperties(),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, "broken", "{\"text\": oops".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(Topics.ARTICLES, "empty", "{\"text\": \"\"}".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(Topics.ARTICLES, "good", ("{\"id\":\"good\",\"text\":"
                    + "\"Some 2,000 Russian soldiers were killed near Bakhmut, Ukraine's military said.\"}")
                    .getBytes(StandardCharsets.UTF_8)));
        }

        List<ConsumerRecord<byte[], byte[]>> deadLetters = TopicReader.readUntil(broker.bootstrapServers(),
                Topics.DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                read -> read.size() >= 2, Duration.ofSeconds(60));
        List<ConsumerRecord<String, Claim>> claims = TopicReader.readUntil(broker.bootstrapServers(), Topics.CLAIMS,
                new StringDeserializer(), JsonSerde.deserializer(Claim.class),
                read -> articleIds(read).contains("good"), Duration.ofSeconds(60));

        Set<String> reasons = deadLetters.stream()
                .map(r -> new String(r.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                .collect(Collectors.toSet());
        assertTrue(reasons.stream().anyMatch(reason -> reason.startsWith("not JSON")), reasons::toString);
        assertTrue(reasons.contains("field \"text\" is empty"), reasons::toString);
        assertTrue(articleIds(claims).contains("good"));
    }

    private static Set<String> articleIds(List<ConsumerRecord<String, Claim>> claims) {
        return claims.stream().map(r -> r.value().articleId()).collect(Collectors.toSet());
    }
}

package claimwatch.reliability;

import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import claimwatch.ingest.Json;
import claimwatch.testing.BrokerExtension;
import claimwatch.testing.OutputSnapshot;
import claimwatch.testing.RunSettings;
import claimwatch.testing.TopicReader;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.DeadLetterHandler;
import claimwatch.topology.JsonSerde;
import claimwatch.topology.TooLargeToProduce;
import claimwatch.topology.TopicCreator;
import claimwatch.topology.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose claim makes a {@code claims} record larger than the topic takes
 * ({@code max.message.bytes=2000} here): the record goes to the dead letters with the reason, and
 * the instance goes on. Before the production exception handler and the size check in front of the
 * producer, the send failed the exactly-once transaction, the stream thread failed, and its
 * replacement met the same article again, for ever: no article after it was read.
 */
@Timeout(180)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnproducibleOutputIT {

    private static final int CLAIMS_MAX_BYTES = 2000;

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    private static ClaimwatchApp app;
    private static RunSettings run;

    @BeforeAll
    static void startApp() throws Exception {
        run = RunSettings.of("unproducible", kafka.bootstrapServers(), kafka.workDir());
        Topics topics = run.topics();
        TopicCreator.createMissing(run.config().clientProperties(), List.of(
                new NewTopic(topics.claims(), Optional.of(run.config().topicPartitions()), Optional.empty())
                        .configs(Map.of("max.message.bytes", Integer.toString(CLAIMS_MAX_BYTES)))));
        app = Reliability.startRunning(run);
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aClaimTooLargeForItsTopicIsDeadLetteredAndLaterArticlesStillGiveClaims() throws Exception {
        Article big = article("big-1", "2024-11-04T10:00:00Z", longSentence()
                + " Ukraine's military intelligence said 3,000 North Korean soldiers had been killed or wounded in Kursk.");
        List<Article> before = List.of(
                article("before-1", "2024-11-04T08:00:00Z", "North Korea has sent 10,000 troops to Russia, the Pentagon said."),
                article("before-2", "2024-11-04T09:00:00Z", "Some 2,000 Russian soldiers were killed near Bakhmut, Ukraine's military said."));
        List<Article> after = List.of(
                article("after-1", "2024-11-04T11:00:00Z", "South Korea's spy agency said 11,000 North Korean troops are in Kursk."),
                article("after-2", "2024-11-04T12:00:00Z", "About 1,200 Russian soldiers were killed in a day, Kyiv said."));
        // Given what the extractor reads in them: one claim of the big article over the topic's limit, no other
        Map<String, Integer> claimBytes = new TreeMap<>();
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        List<Article> all = new ArrayList<>(before);
        all.add(big);
        all.addAll(after);
        for (Article a : all) {
            extractor.extract(a).forEach(c -> claimBytes.merge(a.id() + " " + c.measure() + " " + c.value(),
                    JsonSerde.serializer(Claim.class).serialize(null, c).length, Math::max));
        }
        Set<String> tooLarge = new TreeSet<>();
        claimBytes.forEach((claim, bytes) -> {
            if (bytes > CLAIMS_MAX_BYTES) {
                tooLarge.add(claim);
            }
        });
        assertEquals(Set.of("big-1 deployed 12000"), tooLarge, "claim sizes: " + claimBytes);
        Set<String> producible = new TreeSet<>(claimBytes.keySet());
        producible.removeAll(tooLarge);

        // When the big article comes between the others
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, before);
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, List.of(big));
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, after);

        // Then every other claim reaches claims, those of the articles after the big one too
        Topics topics = run.topics();
        List<ConsumerRecord<String, String>> claims = TopicReader.readUntil(kafka.bootstrapServers(), topics.claims(),
                new StringDeserializer(), new StringDeserializer(), read -> claimsOf(read).containsAll(producible),
                Duration.ofSeconds(30));
        assertEquals(producible, claimsOf(claims));

        // And the one that could not be written is a dead letter, once, with the reason and the topic it was for
        List<ConsumerRecord<byte[], byte[]>> letters = OutputSnapshot.readToEnd(kafka.bootstrapServers(), topics.deadLetters());
        assertEquals(1, letters.size(), "dead letters");
        ConsumerRecord<byte[], byte[]> letter = letters.get(0);
        assertEquals(topics.claims(), header(letter, DeadLetterHandler.OUTPUT_TOPIC_HEADER));
        assertEquals(TooLargeToProduce.class.getName(), header(letter, "__streams.errors.exception"));
        assertTrue(header(letter, "__streams.errors.message").contains("over the " + CLAIMS_MAX_BYTES
                + " bytes the topic takes (max.message.bytes)"), header(letter, "__streams.errors.message"));
        assertEquals(Topics.ARTICLES, header(letter, "__streams.errors.topic"));
        assertEquals("big-1", new String(letter.key(), StandardCharsets.UTF_8));
        assertTrue(new String(letter.value(), StandardCharsets.UTF_8).contains("\"value\":12000"), "the claim itself");

        // And the instance never lost its stream thread
        Reliability.assertNoStreamThreadDied(app.streams());
    }

    /**
     * A topic whose limit the instance did not read when it started (lowered since): the broker
     * refuses the record, which costs that transaction and the stream thread, once; the limit is
     * learned, the replacement thread dead-letters the record before sending it, and goes on.
     */
    @Test
    @Order(2)
    void aTopicsLimitLoweredWhileRunningCostsOneStreamThreadNotAnEndlessLoop() throws Exception {
        Topics topics = run.topics();
        try (Admin admin = Admin.create(run.config().clientProperties())) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topics.sightings()),
                    List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", Integer.toString(CLAIMS_MAX_BYTES)),
                            AlterConfigOp.OpType.SET)))).all().get();
        }
        Article big = article("big-2", "2024-11-05T10:00:00Z", longSentence());
        Article after = article("after-3", "2024-11-05T11:00:00Z", "North Korea has sent 12,500 troops to Russia, Seoul said.");
        Reliability.publish(kafka.bootstrapServers(), Topics.ARTICLES, List.of(big, after));

        // the sighting's key is its claim key; the claim's is the article's id
        String sightingLetter = "PRK|deployed|kursk|12000|-|USA " + topics.sightings();
        Set<String> lettered = new TreeSet<>();
        TopicReader.<byte[], byte[]>readUntil(kafka.bootstrapServers(), topics.deadLetters(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer(), read -> {
                    read.forEach(l -> lettered.add(new String(l.key(), StandardCharsets.UTF_8) + " "
                            + header(l, DeadLetterHandler.OUTPUT_TOPIC_HEADER)));
                    return lettered.contains(sightingLetter);
                }, Duration.ofSeconds(60));
        assertEquals(Set.of("big-1 " + topics.claims(), "big-2 " + topics.claims(), sightingLetter), lettered);
        List<ConsumerRecord<String, String>> claims = TopicReader.readUntil(kafka.bootstrapServers(), topics.claims(),
                new StringDeserializer(), new StringDeserializer(), read -> claimsOf(read).contains("after-3 deployed 12500"),
                Duration.ofSeconds(30));
        assertTrue(claimsOf(claims).contains("after-3 deployed 12500"), "the article after the big one: " + claimsOf(claims));
        assertEquals(3, OutputSnapshot.readToEnd(kafka.bootstrapServers(), topics.deadLetters()).size(), "each once");
        assertEquals(KafkaStreams.State.RUNNING, app.streams().state());
        assertTrue(app.streams().metadataForLocalThreads().stream().map(ThreadMetadata::threadName)
                .allMatch(name -> name.endsWith("-StreamThread-2")), "one replacement, not a loop");
    }

    /** Each claim record as "article measure value". */
    private static Set<String> claimsOf(List<ConsumerRecord<String, String>> records) {
        Set<String> claims = new TreeSet<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(r.value());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            claims.add(r.key() + " " + node.path("measure").asText().toLowerCase(Locale.ROOT) + " " + node.path("value").asText());
        }
        return claims;
    }

    private static String header(ConsumerRecord<byte[], byte[]> letter, String name) {
        Header header = letter.headers().lastHeader(name);
        return header == null ? "(no " + name + ")" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** One sentence of about 4 KB that states one claim: its evidence makes the claim's record that large. */
    private static String longSentence() {
        StringBuilder s = new StringBuilder("North Korea has sent about 12,000 troops to Russia's Kursk region, the Pentagon said on Monday");
        String[] places = {"Kursk", "Belgorod", "Bryansk", "Voronezh", "Rostov", "Moscow", "Novosibirsk", "Kaliningrad"};
        for (int i = 0; i < 40; i++) {
            s.append(", after officials in Washington had studied the satellite images of the camps near ")
                    .append(places[i % places.length]).append(" for weeks");
        }
        return s.append('.').toString();
    }

    private static Article article(String id, String publishedAt, String text) {
        return new Article(id, "Reuters", null, Instant.parse(publishedAt), "Title of " + id, text);
    }
}

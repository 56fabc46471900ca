package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimwatchTopologyTest {

    private static final String GOOD = "{\"id\":\"a1\",\"publishedAt\":\"2024-10-28T12:00:00Z\",\"source\":\"Wire\","
            + "\"text\":\"The Pentagon said 10,000 North Korean troops were in Russia.\"}";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, Claim> claims;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startTopology() {
        // at_least_once here only: the driver's mock transactional producer drops dead letters sent
        // while a record is being queued (deserialization), which a real broker keeps; ClaimwatchIT
        // checks the dead-letter topic under exactly_once_v2.
        ClaimwatchConfig config = ClaimwatchConfig.defaults()
                .with("bootstrap.servers", "unused:9092")
                .with("processing.guarantee", "at_least_once")
                .with("claimwatch.article.max.bytes", "4096");
        driver = new TopologyTestDriver(ClaimwatchTopology.build(config, ClaimExtractor.withDefaultVocabulary()),
                config.streamsProperties());
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        claims = driver.createOutputTopic(Topics.CLAIMS, new StringDeserializer(), JsonSerde.deserializer(Claim.class));
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private void publish(String key, String json) {
        articles.pipeInput(key, json.getBytes(StandardCharsets.UTF_8), Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static String reason(TestRecord<byte[], byte[]> deadLetter) {
        Header header = deadLetter.headers().lastHeader("__streams.errors.message");
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void turnsAnArticleIntoClaimsKeyedByArticleId() {
        publish("a1", GOOD);

        TestRecord<String, Claim> claim = claims.readRecord();
        assertEquals("a1", claim.key());
        assertEquals("PRK", claim.value().force());
        assertEquals(10_000L, claim.value().value());
        assertEquals("Wire", claim.value().source());
    }

    @Test
    void stampsClaimsWithThePublicationTimeNotTheRecordTime() {
        publish("a1", GOOD);

        assertEquals(Instant.parse("2024-10-28T12:00:00Z"), claims.readRecord().getRecordTime());
    }

    @Test
    void sendsARecordThatIsNotJsonToTheDeadLetterTopicWithItsReason() {
        publish("bad", "{not json");

        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertTrue(reason(dead).startsWith("not JSON"), reason(dead));
        assertArrayEquals("{not json".getBytes(StandardCharsets.UTF_8), dead.value());
        assertTrue(claims.isEmpty());
    }

    @Test
    void keepsProcessingGoodArticlesAfterBadOnes() {
        publish("empty", "{\"text\":\"\"}");
        publish("no-text", "{\"title\":\"t\"}");
        publish("huge", "{\"text\":\"" + "x".repeat(5000) + "\"}");
        publish("a1", GOOD);

        List<String> reasons = deadLetters.readRecordsToList().stream().map(ClaimwatchTopologyTest::reason).toList();
        assertEquals(3, reasons.size());
        assertEquals("field \"text\" is empty", reasons.get(0));
        assertEquals("missing field \"text\"", reasons.get(1));
        assertTrue(reasons.get(2).contains("over the limit of 4096"), reasons.get(2));
        assertEquals(1, claims.readRecordsToList().size());
    }
}

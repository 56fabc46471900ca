package claimwatch.topology;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SizeCheckedProducerTest {

    private final MockProducer<byte[], byte[]> kafka = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final List<Exception> failures = new ArrayList<>();

    @Test
    void refusesARecordOverItsTopicsLimitWithoutSendingIt() {
        var producer = new SizeCheckedProducer(kafka, 1_000_000, new TopicSizeLimits(Map.of("claims", 2_000)));

        producer.send(record("claims", 2_001), (meta, e) -> failures.add(e));
        producer.send(record("claim-sightings", 2_001), (meta, e) -> failures.add(e));

        assertEquals(List.of("claim-sightings"), kafka.history().stream().map(ProducerRecord::topic).toList());
        assertEquals(1, failures.size());
        assertInstanceOf(TooLargeToProduce.class, failures.get(0));
        assertTrue(failures.get(0).getMessage().contains("over the 2000 bytes the topic takes (max.message.bytes)"),
                failures.get(0).getMessage());
    }

    @Test
    void refusesARecordOverTheProducersMaxRequestSizeWhateverItsTopic() {
        var producer = new SizeCheckedProducer(kafka, 5_000, null);

        producer.send(record("claims", 5_001), (meta, e) -> failures.add(e));

        assertEquals(List.of(), kafka.history());
        assertTrue(failures.get(0).getMessage().contains("over the producer's max.request.size of 5000 bytes"),
                failures.get(0).getMessage());
    }

    @Test
    void sendsARecordThatFits() {
        var producer = new SizeCheckedProducer(kafka, 5_000, new TopicSizeLimits(Map.of("claims", 5_000)));

        producer.send(record("claims", 5_000), (meta, e) -> failures.add(e));
        kafka.completeNext();

        assertEquals(1, kafka.history().size());
        assertEquals(1, failures.size());
        assertNull(failures.get(0));
    }

    @Test
    void learnsNoLimitForTheOtherSendsATransactionsRefusalAborts() {
        TopicSizeLimits limits = TopicSizeLimits.none();
        var producer = new SizeCheckedProducer(kafka, 1_000_000, limits);
        producer.send(record("claim-sightings", 3_000), (meta, e) -> failures.add(e));
        producer.send(record("estimate-updates", 500), (meta, e) -> failures.add(e));
        // the broker refuses the sighting; the Sender aborts the waiting update with that same error
        RecordTooLargeException refusal = new RecordTooLargeException("the broker refused it");
        kafka.errorNext(refusal);
        kafka.errorNext(refusal);

        assertEquals(2, failures.size());
        assertNotNull(limits.of("claim-sightings"), "the refused topic's limit is learned");
        assertNull(limits.of("estimate-updates"), "the aborted update's topic keeps no limit");
    }

    @Test
    void refusesWhatATopicOnceRefusedBeforeSendingItAgain() {
        TopicSizeLimits limits = TopicSizeLimits.none();
        var first = new SizeCheckedProducer(kafka, 1_000_000, limits);
        first.send(record("by-claim-repartition", 3_000), (meta, e) -> failures.add(e));
        kafka.errorNext(new RecordTooLargeException("the broker refused it"));

        // a replaced stream thread's producer shares what the first learned
        var next = new SizeCheckedProducer(kafka, 1_000_000, limits);
        next.send(record("by-claim-repartition", 3_000), (meta, e) -> failures.add(e));

        assertEquals(1, kafka.history().size(), "sent once");
        assertEquals(2, failures.size());
        assertTrue(failures.get(1).getMessage().contains("the topic takes"), failures.get(1).getMessage());
    }

    @Test
    void reckonsARecordsSizeAsKafkasProducerDoes() {
        // DefaultRecordBatch.estimateBatchSizeUpperBound: 61 + 21, key 3 + 1, value 300 + 2, 1 header (1) of 1 + 1 and 2 + 1
        RecordHeaders headers = new RecordHeaders();
        headers.add("h", "ab".getBytes(StandardCharsets.UTF_8));
        var record = new ProducerRecord<>("claims", null, 1L, "key".getBytes(StandardCharsets.UTF_8), new byte[300], headers);
        assertEquals(61 + 21 + 4 + 302 + 1 + 2 + 3, SizeCheckedProducer.sizeUpperBound(record));
        assertEquals(61 + 21 + 1 + 1 + 1, SizeCheckedProducer.sizeUpperBound(new ProducerRecord<>("t", null, null)));
    }

    /** A record whose batch takes exactly {@code bytes} bytes. */
    private static ProducerRecord<byte[], byte[]> record(String topic, int bytes) {
        for (int length = bytes - 90; ; length++) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, new byte[length]);
            if (SizeCheckedProducer.sizeUpperBound(record) == bytes) {
                return record;
            }
        }
    }
}

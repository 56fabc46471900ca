package claimwatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.InvalidRequiredAcksException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLetterHandlerTest {

    private static final String DEAD_LETTERS = "claimwatch-dead-letters";
    private static final byte[] ARTICLE = "{\"id\":\"a1\",\"text\":\"...\"}".getBytes(StandardCharsets.UTF_8);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeadLetterHandler handler = handler(Map.of("errors.dead.letter.queue.topic.name", DEAD_LETTERS,
            "producer.max.request.size", "100000", PipelineMetrics.CONFIG_KEY, PipelineMetrics.in(registry, List.of())));

    private static DeadLetterHandler handler(Map<String, Object> configs) {
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(configs);
        return handler;
    }

    @Test
    void deadLettersARecordTooLargeForItsTopicWithTheReasonAndResumes() {
        ProducerRecord<byte[], byte[]> claim = output("claims", 5_000);
        var response = handler.handleError(context(), claim,
                new TooLargeToProduce("the record for claims is 5090 bytes when serialized, over the 2000 bytes the topic takes"));

        assertEquals(Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> letter = single(response);
        assertEquals(DEAD_LETTERS, letter.topic());
        assertArrayEquals(claim.key(), letter.key());
        assertArrayEquals(claim.value(), letter.value(), "the record that could not be written");
        assertEquals("the record for claims is 5090 bytes when serialized, over the 2000 bytes the topic takes",
                header(letter, "__streams.errors.message"));
        assertEquals("claims", header(letter, DeadLetterHandler.OUTPUT_TOPIC_HEADER));
        assertEquals("articles", header(letter, "__streams.errors.topic"), "the input it came from");
        assertEquals("42", header(letter, "__streams.errors.offset"));
        assertEquals(1.0, registry.get("claimwatch.dead.letters").tag("reason", PipelineMetrics.PRODUCTION_ERROR).counter().count());
    }

    @Test
    void cutsTheDeadLetterOfARecordOverTheProducersLimitToFit() {
        var response = handler.handleError(context(), output("claims", 300_000), new TooLargeToProduce("too large"));

        ProducerRecord<byte[], byte[]> letter = single(response);
        assertEquals(Result.RESUME, response.result());
        assertEquals(100_000 - DeadLetterHandler.HEADROOM, letter.value().length);
        assertEquals("300000", header(letter, DeadLetterHandler.ORIGINAL_BYTES_HEADER));
    }

    @Test
    void dropsADeadLetterTheDeadLetterTopicRefusesRatherThanDeadLetterIt() {
        var response = handler.handleError(context(), output(DEAD_LETTERS, 5_000), new TooLargeToProduce("too large"));

        assertEquals(Result.RESUME, response.result());
        assertEquals(List.of(), response.deadLetterQueueRecords());
    }

    @Test
    void failsWithoutADeadLetterWhenKafkaItselfRefusedARecordForItsSize() {
        // the transaction is lost already; the next attempt is refused before it is sent, and dead-lettered then
        var response = handler.handleError(context(), output("claims", 5_000),
                new RecordTooLargeException("The request included a message larger than the max message size the server will accept."));

        assertEquals(Result.FAIL, response.result());
        assertEquals(List.of(), response.deadLetterQueueRecords());
    }

    @Test
    void deadLettersTheInputOfARecordThatCannotBeSerializedAndResumes() {
        var response = handler.handleSerializationError(context(), new ProducerRecord<>("claims", "k", new Object()),
                new SerializationException("cannot write"), SerializationExceptionOrigin.VALUE);

        assertEquals(Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> letter = single(response);
        assertArrayEquals(ARTICLE, letter.value());
        assertEquals("cannot write", header(letter, "__streams.errors.message"));
        assertEquals(1.0, registry.get("claimwatch.dead.letters").tag("reason", PipelineMetrics.PRODUCTION_ERROR).counter().count());
    }

    @Test
    void retriesARetriableSendErrorAsKafkasDefaultDoes() {
        for (Exception retriable : List.of(new TimeoutException("slow"), new NotEnoughReplicasException("isr"),
                new UnknownTopicOrPartitionException("moved"))) {
            var response = handler.handleError(context(), output("claims", 10), retriable);
            assertEquals(Result.RETRY, response.result(), retriable.toString());
            assertEquals(List.of(), response.deadLetterQueueRecords());
        }
        assertEquals(0.0, registry.get("claimwatch.dead.letters").tag("reason", PipelineMetrics.PRODUCTION_ERROR).counter().count());
    }

    @Test
    void failsOnAnyOtherSendErrorAsKafkasDefaultDoes() {
        var response = handler.handleError(context(), output("claims", 10), new InvalidRequiredAcksException("broker says no"));

        assertEquals(Result.FAIL, response.result());
        assertEquals(0.0, registry.get("claimwatch.dead.letters").tag("reason", PipelineMetrics.PRODUCTION_ERROR).counter().count());
    }

    private static ProducerRecord<byte[], byte[]> output(String topic, int bytes) {
        return new ProducerRecord<>(topic, null, 1L, "PRK|deployed|kursk|10000|-|USA".getBytes(StandardCharsets.UTF_8),
                new byte[bytes]);
    }

    private static ProducerRecord<byte[], byte[]> single(ProductionExceptionHandler.Response response) {
        assertEquals(1, response.deadLetterQueueRecords().size());
        return response.deadLetterQueueRecords().get(0);
    }

    private static String header(ProducerRecord<byte[], byte[]> letter, String name) {
        var header = letter.headers().lastHeader(name);
        assertTrue(header != null, "no header " + name);
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The context of a record from {@code articles} partition 0, offset 42; its raw bytes are the article. */
    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "articles";
            }

            @Override
            public int partition() {
                return 0;
            }

            @Override
            public long offset() {
                return 42;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return "to-claims";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 0);
            }

            @Override
            public long timestamp() {
                return 1L;
            }

            @Override
            public byte[] sourceRawKey() {
                return "a1".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] sourceRawValue() {
                return ARTICLE;
            }
        };
    }
}

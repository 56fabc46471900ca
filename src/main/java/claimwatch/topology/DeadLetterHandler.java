package claimwatch.topology;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.processor.api.Record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Kafka Streams' log-and-continue handlers (bad input goes to {@code errors.dead.letter.queue.topic.name}
 * with the reason in {@code __streams.errors.message}), with one change: a dead letter is never
 * larger than the Streams producer may send.
 *
 * <p>Why: the broker may accept a record into {@code articles} that is larger than the Streams
 * producer's {@code max.request.size} (1 MB by default), e.g. a 10 MB page on a broker whose
 * {@code message.max.bytes} was raised, or any record near the 1 MB default once the dead-letter
 * headers are added. Copied whole, the dead letter cannot be sent, the send error fails the stream
 * thread, and the replacement thread meets the same record again: one bad record stops its
 * partition for good. So a value above {@code max.request.size} less {@value #HEADROOM} bytes is cut
 * to that size, and the header {@value #ORIGINAL_BYTES_HEADER} gives its full length; the whole
 * record is still on the input topic at the offset in {@code __streams.errors.offset}.
 *
 * <p>Output the topology writes and Kafka can never take goes the same way (production handler):
 * a record too large for the producer's {@code max.request.size} or its topic's
 * {@code max.message.bytes} (refused before it is sent by {@link SizeCheckedProducer}, so that the
 * exactly-once transaction survives) is dead-lettered as the record it was, value cut to fit, with
 * the topic it was for in {@value #OUTPUT_TOPIC_HEADER}; a record that cannot be serialized, as the
 * input record it came from. Both resume. Any other send error is Kafka's default: retry a
 * retriable one, fail on the rest (see {@link #handleError(ErrorHandlerContext, ProducerRecord, Exception)}).
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler,
        ProductionExceptionHandler {

    /** Header on a cut dead letter: the original value's length in bytes. */
    public static final String ORIGINAL_BYTES_HEADER = "claimwatch.original.bytes";
    /** Header on the dead letter of a record that could not be produced: the topic it was for. */
    public static final String OUTPUT_TOPIC_HEADER = "claimwatch.output.topic";
    /** Room left for the key and the headers Kafka Streams adds (reason, stack trace, topic, partition, offset). */
    static final int HEADROOM = 64 * 1024;
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private final LogAndContinueExceptionHandler deserialization = new LogAndContinueExceptionHandler();
    private final LogAndContinueProcessingExceptionHandler processing = new LogAndContinueProcessingExceptionHandler();
    private final DefaultProductionExceptionHandler production = new DefaultProductionExceptionHandler();
    private String deadLetterTopic;
    private int maxValueBytes = DEFAULT_MAX_REQUEST_SIZE - HEADROOM;
    private PipelineMetrics metrics = PipelineMetrics.none();

    @Override
    public void configure(Map<String, ?> configs) {
        deserialization.configure(configs);
        processing.configure(configs);
        production.configure(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
        Object size = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (size == null) {
            size = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        int maxRequestSize = size == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(size.toString().trim());
        maxValueBytes = Math.max(1024, maxRequestSize - HEADROOM);
        // Kafka Streams instantiates this class by name; ClaimwatchApp hands over its meters in the config
        if (configs.get(PipelineMetrics.CONFIG_KEY) instanceof PipelineMetrics given) {
            metrics = given;
        }
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        DeserializationExceptionHandler.Response response = deserialization.handleError(context, record, exception);
        metrics.deadLetter(exception);
        List<ProducerRecord<byte[], byte[]>> letters = capped(response.deadLetterQueueRecords());
        return response.result() == DeserializationExceptionHandler.Result.RESUME
                ? DeserializationExceptionHandler.Response.resume(letters)
                : DeserializationExceptionHandler.Response.fail(letters);
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        ProcessingExceptionHandler.Response response = processing.handleError(context, record, exception);
        metrics.deadLetter(exception);
        List<ProducerRecord<byte[], byte[]>> letters = capped(response.deadLetterQueueRecords());
        return response.result() == ProcessingExceptionHandler.Result.RESUME
                ? ProcessingExceptionHandler.Response.resume(letters)
                : ProcessingExceptionHandler.Response.fail(letters);
    }

    /**
     * A record too large ever to be produced, refused before it was sent ({@link TooLargeToProduce}):
     * to the dead letters as it was, value cut to fit, and on. One that Kafka's producer or the
     * broker refused (a topic whose limit was not known) has already cost the exactly-once
     * transaction: FAIL, with no dead letter (it would be aborted with the transaction, and sending
     * it from the producer's network thread, where this is called, can block that thread); the
     * task's next attempt meets the limit {@link SizeCheckedProducer} learned and dead-letters the
     * record then. Anything else is Kafka's default ({@link DefaultProductionExceptionHandler}):
     * RETRY when retriable (the task restarts from its last commit), else FAIL.
     */
    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                                           Exception exception) {
        if (exception instanceof RecordTooLargeException && !(exception instanceof TooLargeToProduce)
                || exception instanceof RecordBatchTooLargeException) {
            return ProductionExceptionHandler.Response.fail();
        }
        if (!(exception instanceof TooLargeToProduce)) {
            return production.handleError(context, record, exception);
        }
        if (deadLetterTopic == null || deadLetterTopic.equals(record.topic())) {
            // no dead-letter topic, or this is a dead letter too large for its own topic: dropped, as Kafka's log says
            return ProductionExceptionHandler.Response.resume();
        }
        metrics.unproducible();
        ProducerRecord<byte[], byte[]> letter = ExceptionHandlerUtils.buildDeadLetterQueueRecord(deadLetterTopic,
                record.key(), record.value(), context, exception);
        letter.headers().add(OUTPUT_TOPIC_HEADER, record.topic().getBytes(StandardCharsets.UTF_8));
        return ProductionExceptionHandler.Response.resume(List.of(capped(letter)));
    }

    /** A record that cannot be serialized: its input record to the dead letters (as Kafka's default builds it), and on. */
    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                                        Exception exception,
                                                                        SerializationExceptionOrigin origin) {
        metrics.unproducible();
        ProductionExceptionHandler.Response response = production.handleSerializationError(context, record, exception, origin);
        return ProductionExceptionHandler.Response.resume(capped(response.deadLetterQueueRecords()));
    }

    private List<ProducerRecord<byte[], byte[]>> capped(List<ProducerRecord<byte[], byte[]>> letters) {
        return letters.stream().map(this::capped).toList();
    }

    private ProducerRecord<byte[], byte[]> capped(ProducerRecord<byte[], byte[]> letter) {
        byte[] value = letter.value();
        if (value == null || value.length <= maxValueBytes) {
            return letter;
        }
        RecordHeaders headers = new RecordHeaders(letter.headers().toArray());
        headers.add(ORIGINAL_BYTES_HEADER, Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(letter.topic(), letter.partition(), letter.timestamp(), letter.key(),
                Arrays.copyOf(value, maxValueBytes), headers);
    }
}

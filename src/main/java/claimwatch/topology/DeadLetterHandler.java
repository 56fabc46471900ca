package claimwatch.topology;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
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
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    /** Header on a cut dead letter: the original value's length in bytes. */
    public static final String ORIGINAL_BYTES_HEADER = "claimwatch.original.bytes";
    /** Room left for the key and the headers Kafka Streams adds (reason, stack trace, topic, partition, offset). */
    static final int HEADROOM = 64 * 1024;
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private final LogAndContinueExceptionHandler deserialization = new LogAndContinueExceptionHandler();
    private final LogAndContinueProcessingExceptionHandler processing = new LogAndContinueProcessingExceptionHandler();
    private int maxValueBytes = DEFAULT_MAX_REQUEST_SIZE - HEADROOM;
    private PipelineMetrics metrics = PipelineMetrics.none();

    @Override
    public void configure(Map<String, ?> configs) {
        deserialization.configure(configs);
        processing.configure(configs);
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

package claimwatch.topology;

import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.metrics.KafkaMetric;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The Streams producer, which refuses a record that can never be produced before it reaches Kafka's
 * producer: one over the producer's {@code max.request.size}, or, when records are not compressed
 * (the broker checks the compressed batch), over its topic's {@code max.message.bytes}
 * ({@link TopicSizeLimits}).
 *
 * <p>Why: under exactly-once, Kafka's producer takes any failed send, even one it refuses itself
 * for its size, as the end of the transaction ({@code KafkaProducer.doSend} calls
 * {@code TransactionManager.maybeTransitionToErrorState}, which moves to an abortable error). The
 * transaction is aborted whatever the production exception handler answers, the stream thread
 * fails, and its replacement meets the same record again, for ever. Refused here, the record fails
 * its send callback with a {@link TooLargeToProduce} (a {@link RecordTooLargeException}), the
 * transaction is untouched, and {@link DeadLetterHandler} sends the dead letter and resumes. A
 * topic whose limit was not known refuses the record itself, once: that transaction is lost, the
 * limit learned, and the record refused here when the task meets it again.
 */
final class SizeCheckedProducer implements Producer<byte[], byte[]> {

    /** {@code DefaultRecordBatch.RECORD_BATCH_OVERHEAD}: a batch's header. */
    private static final int BATCH_OVERHEAD = 61;
    /** {@code DefaultRecord.MAX_RECORD_OVERHEAD}: a record's length, attributes, time and offset deltas at their widest. */
    private static final int RECORD_OVERHEAD = 21;

    private final Producer<byte[], byte[]> producer;
    private final int maxRequestSize;
    private final TopicSizeLimits topics;
    /**
     * The broker's last refusal. Kafka's {@code Sender} aborts the batches still waiting in a failed
     * transaction with the transaction's last error ({@code accumulator.abortUndrainedBatches(
     * transactionManager.lastError())}), the very exception the refused batch failed with: only the
     * first record to meet an instance was refused; the others were merely in the same transaction.
     * Callbacks run on the producer's one I/O thread.
     */
    private volatile Exception lastRefusal;

    /** {@code topics} null: the producer compresses, and a topic's limit cannot be checked before the broker does. */
    SizeCheckedProducer(Producer<byte[], byte[]> producer, int maxRequestSize, TopicSizeLimits topics) {
        this.producer = producer;
        this.maxRequestSize = maxRequestSize;
        this.topics = topics;
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
        int size = sizeUpperBound(record);
        String refusal = refusal(record.topic(), size);
        if (refusal != null) {
            TooLargeToProduce tooLarge = new TooLargeToProduce(refusal);
            RecordMetadata none = new RecordMetadata(new TopicPartition(record.topic(),
                    record.partition() == null ? -1 : record.partition()), -1, -1, -1, -1, -1);
            if (callback != null) {
                callback.onCompletion(none, tooLarge);
            }
            return CompletableFuture.failedFuture(tooLarge);
        }
        return producer.send(record, (metadata, e) -> {
            if (e instanceof RecordTooLargeException && topics != null && e != lastRefusal) {
                lastRefusal = e; // the same instance fails the transaction's other pending sends: theirs is no refusal
                topics.refused(record.topic(), size);
            }
            if (callback != null) {
                callback.onCompletion(metadata, e);
            }
        });
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        return send(record, null);
    }

    /** Why a record of {@code size} bytes can never be produced to {@code topic}, or null when it may be. */
    String refusal(String topic, int size) {
        if (size > maxRequestSize) {
            return "the record for " + topic + " is " + size + " bytes when serialized, over the producer's max.request.size of "
                    + maxRequestSize + " bytes";
        }
        Integer topicMax = topics == null ? null : topics.of(topic);
        if (topicMax != null && size > topicMax) {
            return "the record for " + topic + " is " + size + " bytes when serialized, over the " + topicMax
                    + " bytes the topic takes (max.message.bytes)";
        }
        return null;
    }

    /**
     * The most bytes the record may take in a batch of its own, as Kafka's producer reckons it
     * ({@code DefaultRecordBatch.estimateBatchSizeUpperBound}) before it checks {@code max.request.size}.
     */
    static int sizeUpperBound(ProducerRecord<byte[], byte[]> record) {
        int size = BATCH_OVERHEAD + RECORD_OVERHEAD + field(record.key()) + field(record.value());
        Header[] headers = record.headers().toArray();
        size += varintSize(headers.length);
        for (Header header : headers) {
            size += field(header.key().getBytes(StandardCharsets.UTF_8)) + field(header.value());
        }
        return size;
    }

    private static int field(byte[] bytes) {
        return bytes == null ? 1 : varintSize(bytes.length) + bytes.length;
    }

    private static int varintSize(int value) {
        int zigzag = (value << 1) ^ (value >> 31);
        int bytes = 1;
        while ((zigzag & 0xffffff80) != 0) {
            bytes++;
            zigzag >>>= 7;
        }
        return bytes;
    }

    @Override
    public void initTransactions() {
        producer.initTransactions();
    }

    @Override
    public void beginTransaction() {
        producer.beginTransaction();
    }

    @Override
    public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata groupMetadata) {
        producer.sendOffsetsToTransaction(offsets, groupMetadata);
    }

    @Override
    public void commitTransaction() {
        producer.commitTransaction();
    }

    @Override
    public void abortTransaction() {
        producer.abortTransaction();
    }

    @Override
    public void registerMetricForSubscription(KafkaMetric metric) {
        producer.registerMetricForSubscription(metric);
    }

    @Override
    public void unregisterMetricFromSubscription(KafkaMetric metric) {
        producer.unregisterMetricFromSubscription(metric);
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public List<PartitionInfo> partitionsFor(String topic) {
        return producer.partitionsFor(topic);
    }

    @Override
    public Map<MetricName, ? extends Metric> metrics() {
        return producer.metrics();
    }

    @Override
    public Uuid clientInstanceId(Duration timeout) {
        return producer.clientInstanceId(timeout);
    }

    @Override
    public void close() {
        producer.close();
    }

    @Override
    public void close(Duration timeout) {
        producer.close(timeout);
    }
}

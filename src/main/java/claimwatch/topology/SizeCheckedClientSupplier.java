package claimwatch.topology;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaClientSupplier;

import java.util.Map;

/** Kafka Streams' own clients, its producers wrapped in a {@link SizeCheckedProducer}. */
final class SizeCheckedClientSupplier implements KafkaClientSupplier {

    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private final TopicSizeLimits topics;

    SizeCheckedClientSupplier(TopicSizeLimits topics) {
        this.topics = topics;
    }

    @Override
    public Admin getAdmin(Map<String, Object> config) {
        return Admin.create(config);
    }

    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
        Object size = config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxRequestSize = size == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(size.toString().trim());
        Object compression = config.get(ProducerConfig.COMPRESSION_TYPE_CONFIG);
        boolean compressed = compression != null && !compression.toString().trim().equalsIgnoreCase("none");
        return new SizeCheckedProducer(new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()),
                maxRequestSize, compressed ? null : topics);
    }

    @Override
    public Consumer<byte[], byte[]> getConsumer(Map<String, Object> config) {
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public Consumer<byte[], byte[]> getRestoreConsumer(Map<String, Object> config) {
        return getConsumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getGlobalConsumer(Map<String, Object> config) {
        return getConsumer(config);
    }
}

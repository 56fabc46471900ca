package claimwatch.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic from the beginning, committed records only, as downstream consumers would. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Every committed record of {@code topic} read until {@code done} holds for what has been read,
     * or {@code timeout} passes (then what was read so far is returned, for the test to judge).
     */
    public static <K, V> List<ConsumerRecord<K, V>> readUntil(String bootstrapServers, String topic,
                                                             Deserializer<K> keys, Deserializer<V> values,
                                                             Predicate<List<ConsumerRecord<K, V>>> done,
                                                             Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<K, V>> read = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(read) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    /** Every committed record of {@code topic} that arrives within {@code quiet} of the last one. */
    public static <K, V> List<ConsumerRecord<K, V>> readAll(String bootstrapServers, String topic,
                                                           Deserializer<K> keys, Deserializer<V> values,
                                                           Duration quiet) {
        long[] lastSize = {-1};
        long[] lastChange = {System.nanoTime()};
        return readUntil(bootstrapServers, topic, keys, values, read -> {
            if (read.size() != lastSize[0]) {
                lastSize[0] = read.size();
                lastChange[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - lastChange[0] > quiet.toNanos();
        }, quiet.multipliedBy(20));
    }
}

package claimwatch.replay;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/** Reads a topic from its beginning to its current end, committed records only, one record at a time. */
final class TopicDump {

    private TopicDump() {
    }

    /**
     * Hands every record of {@code topic} to {@code sink}, partition by partition in offset order, its
     * value read by {@code values}.
     * Fails if no record arrives for {@code stall} while the end is not reached: a topic of any
     * length is read, a broker that stopped answering is not waited on for ever.
     */
    static <V> void forEach(Properties clientProps, String topic, Duration stall, Deserializer<V> values,
                            Consumer<ConsumerRecord<String, V>> sink) {
        Properties props = new Properties();
        props.putAll(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, stall).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, stall);
            long deadline = System.nanoTime() + stall.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, stall) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + topic + " to its end: nothing came for " + stall);
                }
                ConsumerRecords<String, V> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    records.forEach(sink);
                    deadline = System.nanoTime() + stall.toNanos();
                }
            }
        }
    }
}

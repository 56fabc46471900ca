package claimwatch.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * How far a Kafka Streams application is behind its input, from what its consumer group has
 * committed: the source topic and the application's own repartition topics. Under exactly-once
 * the offsets are committed in the same transaction as the outputs, so a lag of zero everywhere
 * means every output of everything published so far is committed.
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Records published to {@code sourceTopic} or the repartition topics that {@code applicationId} has not committed yet. */
    public static long lag(String bootstrapServers, String applicationId, String sourceTopic) throws Exception {
        try (Admin admin = Admin.create(adminProps(bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            List<String> topics = new ArrayList<>();
            topics.add(sourceTopic);
            for (String topic : admin.listTopics().names().get(10, TimeUnit.SECONDS)) {
                if (topic.startsWith(applicationId + "-") && topic.endsWith("-repartition")) {
                    topics.add(topic);
                }
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            long lag = 0;
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS);
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
            }
            return lag;
        }
    }

    /** The sum of the offsets {@code applicationId} has committed on {@code topic}: grows as it makes progress. */
    public static long committed(String bootstrapServers, String applicationId, String topic) throws Exception {
        try (Admin admin = Admin.create(adminProps(bootstrapServers))) {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset())
                    .sum();
        }
    }

    /** Waits until {@code applicationId} has committed {@code records} of {@code topic} (summed over partitions). */
    public static void awaitCommitted(String bootstrapServers, String applicationId, String topic, long records,
                                      Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (committed(bootstrapServers, applicationId, topic) < records) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(applicationId + " did not get to record " + records + " of " + topic + " in " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private static Properties adminProps(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        return props;
    }

    /**
     * Waits until {@link #lag} is zero, polling; a broker that does not answer for a while is
     * waited for as well. Fails with the last lag seen after {@code timeout}.
     */
    public static void awaitCaughtUp(String bootstrapServers, String applicationId, String sourceTopic,
                                     Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "never asked";
        while (System.nanoTime() < deadline) {
            try {
                long lag = lag(bootstrapServers, applicationId, sourceTopic);
                if (lag == 0) {
                    return;
                }
                last = lag + " records";
            } catch (Exception e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError(applicationId + " did not catch up with " + sourceTopic + " in " + timeout
                + "; lag: " + last);
    }
}

package claimwatch.topology;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells when a Streams application has committed everything it consumes: its source topic and
 * every repartition topic it writes for itself. A repartition partition the group has not
 * committed yet counts from offset 0, so the check cannot pass while a sub-topology has yet to start.
 */
public final class DrainWatch implements AutoCloseable {

    private static final long POLL_MS = 100;

    private final Admin admin;
    private final String applicationId;
    private final String source;

    public DrainWatch(Properties clientProperties, String applicationId, String source) {
        this.admin = Admin.create(clientProperties);
        this.applicationId = applicationId;
        this.source = source;
    }

    /** Returns when nothing is left to consume; {@code check} runs between polls and may throw to give up. */
    public void awaitDrained(Duration timeout, Runnable check) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lag() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(applicationId + " did not catch up within " + timeout);
            }
            check.run();
            Thread.sleep(POLL_MS);
        }
    }

    /** Records (and transaction markers) not yet committed, over the source and the repartition topics. */
    public long lag() throws InterruptedException, ExecutionException {
        List<String> topics = Stream.concat(Stream.of(source), admin.listTopics().names().get().stream()
                        .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition")))
                .toList();
        List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest())))
                .all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata at = committed.get(tp);
            lag += Math.max(0, ends.get(tp) - (at == null ? 0 : at.offset()));
        }
        return lag;
    }

    /** The group's committed position on one partition, 0 before its first commit. */
    public long committed(TopicPartition partition) throws InterruptedException, ExecutionException {
        OffsetAndMetadata at = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get()
                .get(partition);
        return at == null ? 0 : at.offset();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}

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

    /** Runs between polls of {@link #awaitDrained}: reports progress, or throws to give up. */
    @FunctionalInterface
    public interface Check {
        void run() throws InterruptedException, ExecutionException;
    }

    /**
     * Returns when nothing is left to consume. Gives up only when the lag has not fallen for
     * {@code stall}, so a backlog of any size can drain; {@code check} runs between polls.
     */
    public void awaitDrained(Duration stall, Check check) throws InterruptedException, ExecutionException {
        long least = Long.MAX_VALUE;
        long deadline = System.nanoTime() + stall.toNanos();
        for (long lag; (lag = lag()) > 0; ) {
            if (lag < least) {
                least = lag;
                deadline = System.nanoTime() + stall.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException(applicationId + " committed nothing for " + stall + ", "
                        + lag + " records behind");
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

package claimwatch.replay;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How far a consumer group (a Streams application) is behind on everything it consumes. */
final class ConsumerLag {

    private final Admin admin;
    private final String groupId;

    ConsumerLag(Admin admin, String groupId) {
        this.admin = admin;
        this.groupId = groupId;
    }

    /** Committed position per partition the group consumes (source and repartition topics alike). */
    Map<TopicPartition, Long> committed() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Records (and transaction markers) between each committed position and the end of its partition. */
    long total(Map<TopicPartition, Long> committed) throws ExecutionException, InterruptedException {
        if (committed.isEmpty()) {
            return Long.MAX_VALUE;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                committed.keySet().stream().collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest())))
                .all().get();
        return committed.entrySet().stream()
                .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue()))
                .sum();
    }
}

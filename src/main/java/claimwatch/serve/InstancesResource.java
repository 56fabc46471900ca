package claimwatch.serve;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code /api/instances}: the application's instances as Kafka Streams sees them, and which stores each holds. */
final class InstancesResource {

    private final KafkaStreams streams;
    private final MetadataService metadata;

    InstancesResource(KafkaStreams streams, MetadataService metadata) {
        this.streams = streams;
        this.metadata = metadata;
    }

    record Instance(String server, boolean self, Set<String> stores, Set<String> partitions) {
    }

    record Instances(String state, List<Instance> instances) {
    }

    Object instances(Request request) {
        QueryParams.of(request.uri(), Set.of());
        List<Instance> instances = streams.metadataForAllStreamsClients().stream()
                .map(m -> new Instance(MetadataService.name(m.hostInfo()), metadata.isSelf(m.hostInfo()),
                        new TreeSet<>(m.stateStoreNames()), partitions(m)))
                .toList();
        return new Instances(streams.state().toString(), instances);
    }

    private static Set<String> partitions(StreamsMetadata m) {
        Set<String> partitions = new TreeSet<>();
        m.topicPartitions().forEach(tp -> partitions.add(tp.topic() + "-" + tp.partition()));
        return partitions;
    }
}

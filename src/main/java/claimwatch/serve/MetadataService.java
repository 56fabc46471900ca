package claimwatch.serve;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

import java.util.Comparator;
import java.util.List;

/**
 * Turns Kafka Streams' metadata into "which instance holds this": the instance whose
 * {@code application.server} owns the partition of a key, or every instance holding part of a store.
 * Every instance knows the whole assignment, so any of them can route a request.
 */
final class MetadataService {

    private final KafkaStreams streams;
    private final HostInfo self;

    MetadataService(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    HostInfo self() {
        return self;
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** The instance and partition holding {@code key} of {@code store} (keys are Strings throughout claimwatch). */
    KeyQueryMetadata ownerOf(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw BadRequest.unavailable("store " + store + " is not queryable yet (instance starting or rebalancing); retry");
        }
        return metadata;
    }

    /** Every instance holding some partition of {@code store}, this one included, in a stable order. */
    List<HostInfo> instancesFor(String store) {
        return streams.streamsMetadataForStore(store).stream()
                .map(StreamsMetadata::hostInfo)
                .distinct()
                .sorted(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                .toList();
    }

    static String name(HostInfo host) {
        return host.host() + ":" + host.port();
    }
}

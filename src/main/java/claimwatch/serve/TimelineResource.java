package claimwatch.serve;

import claimwatch.topology.StoreNames;
import claimwatch.track.Tracker;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.query.WindowKeyQuery;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/trackers} and {@code /api/trackers/{name}/timeline}: the tracked series, and per series its
 * windows from the window store of its estimates ({@code estimates-<window>}, keyed by tracker
 * name). A series lives on the one partition its name hashes to: the owning instance answers, any other
 * forwards to it.
 */
final class TimelineResource {

    /** Far enough for any publication time, near enough for the window store's arithmetic. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final KafkaStreams streams;
    private final MetadataService metadata;
    private final Peers peers;
    private final Map<String, Tracker> trackers;
    private final List<String> windows;

    TimelineResource(KafkaStreams streams, MetadataService metadata, Peers peers, Map<String, Tracker> trackers,
                     List<String> windows) {
        this.streams = streams;
        this.metadata = metadata;
        this.peers = peers;
        this.trackers = trackers;
        this.windows = windows;
    }

    record Trackers(List<TrackerView> trackers) {
    }

    /**
     * @param window   the window series ({@code daily}, {@code weekly})
     * @param servedBy the instance whose store answered
     * @param windows  the series' windows in time order, each with low / best / high and each party's latest figure
     */
    record Timeline(String tracker, String title, String window, String servedBy, List<WindowEstimate> windows) {
    }

    Object trackers(Request request) {
        QueryParams.of(request.uri(), Set.of());
        return new Trackers(trackers.values().stream().map(t -> TrackerView.of(t, windows)).toList());
    }

    Object timeline(Request request, String name) {
        Tracker tracker = trackers.get(name);
        if (tracker == null) {
            throw BadRequest.notFound("no tracker named \"" + name + "\"; /api/trackers lists them");
        }
        QueryParams params = QueryParams.of(request.uri(), Set.of("window", "from", "to"));
        String window = params.text("window").orElse(windows.get(0));
        if (!windows.contains(window)) {
            throw BadRequest.of("window=" + window + " is not one of " + windows);
        }
        Instant from = params.instant("from").orElse(Instant.EPOCH);
        Instant to = params.instant("to").orElse(END_OF_TIME);
        if (from.isAfter(to)) {
            throw BadRequest.of("from=" + from + " is after to=" + to);
        }
        String store = StoreNames.estimates(window);
        KeyQueryMetadata owner = metadata.ownerOf(store, name);
        if (!metadata.isSelf(owner.activeHost())) {
            if (request.forwarded()) {
                throw BadRequest.unavailable("tracker " + name + " moved to " + MetadataService.name(owner.activeHost()) + "; retry");
            }
            return new RawJson(peers.get(owner.activeHost(), request.pathAndQuery()));
        }
        WindowKeyQuery<String, Object> query = WindowKeyQuery.withKeyAndWindowStartRange(name, from, to);
        var results = LocalStores.queryLocal(streams, store, query, Set.of(owner.partition()));
        List<WindowEstimate> estimates = new ArrayList<>();
        try (WindowStoreIterator<Object> it = results.get(owner.partition())) {
            while (it.hasNext()) {
                KeyValue<Long, Object> kv = it.next();
                estimates.add(LocalStores.value(kv.value));
            }
        }
        return new Timeline(name, tracker.title(), window, MetadataService.name(metadata.self()), estimates);
    }
}

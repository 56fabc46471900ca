package claimwatch.serve;

import claimwatch.dedup.DistinctClaim;
import claimwatch.ingest.Json;
import claimwatch.topology.StoreNames;
import claimwatch.track.Places;
import claimwatch.track.Tracker;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/claims}: distinct claims from the {@code distinct-claims} store, which is spread over every
 * instance by claim key. The instance asked gathers: its own partitions, and the same request forwarded
 * to every other instance holding a part of the store, merged newest first.
 */
final class ClaimsResource {

    private static final Comparator<DistinctClaim> NEWEST_FIRST = Comparator
            .comparing(DistinctClaim::firstSeen, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(DistinctClaim::key);

    private final KafkaStreams streams;
    private final MetadataService metadata;
    private final Peers peers;
    private final Map<String, Tracker> trackers;
    private final Places places;

    ClaimsResource(KafkaStreams streams, MetadataService metadata, Peers peers, Map<String, Tracker> trackers, Places places) {
        this.streams = streams;
        this.metadata = metadata;
        this.peers = peers;
        this.trackers = trackers;
        this.places = places;
    }

    /**
     * @param count     claims in {@code claims}
     * @param instances the instances whose stores were read
     * @param claims    newest first (by first sighting), at most {@code limit}
     */
    record Claims(int count, List<String> instances, List<DistinctClaim> claims) {
    }

    Object claims(Request request) {
        QueryParams params = QueryParams.of(request.uri(), Set.of("tracker", "party", "from", "to", "limit"));
        Tracker tracker = params.text("tracker").map(name -> {
            Tracker t = trackers.get(name);
            if (t == null) {
                throw BadRequest.of("tracker=" + name + " is not a tracker; /api/trackers lists them");
            }
            return t;
        }).orElse(null);
        Instant from = params.instant("from").orElse(null);
        Instant to = params.instant("to").orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            throw BadRequest.of("from=" + from + " is after to=" + to);
        }
        int limit = params.integer("limit", 500, 1, 10_000);
        ClaimFilter filter = new ClaimFilter(tracker, places, params.party("party").orElse(null), from, to);

        List<DistinctClaim> claims = new ArrayList<>(local(filter));
        List<String> instances = new ArrayList<>(List.of(MetadataService.name(metadata.self())));
        if (!request.forwarded()) {
            for (HostInfo host : metadata.instancesFor(StoreNames.DISTINCT_CLAIMS)) {
                if (!metadata.isSelf(host)) {
                    claims.addAll(parse(peers.get(host, request.pathAndQuery())).claims());
                    instances.add(MetadataService.name(host));
                }
            }
        }
        claims.sort(NEWEST_FIRST);
        List<DistinctClaim> page = claims.size() > limit ? List.copyOf(claims.subList(0, limit)) : claims;
        return new Claims(page.size(), instances, page);
    }

    private List<DistinctClaim> local(ClaimFilter filter) {
        List<DistinctClaim> found = new ArrayList<>();
        var results = LocalStores.queryLocal(streams, StoreNames.DISTINCT_CLAIMS, RangeQuery.<String, Object>withNoBounds(), null);
        try {
            for (KeyValueIterator<String, Object> it : results.values()) {
                while (it.hasNext()) {
                    KeyValue<String, Object> kv = it.next();
                    DistinctClaim claim = LocalStores.value(kv.value);
                    if (claim != null && filter.test(claim)) {
                        found.add(claim);
                    }
                }
            }
        } finally {
            results.values().forEach(KeyValueIterator::close);
        }
        return found;
    }

    private static Claims parse(String json) {
        try {
            return Json.MAPPER.readValue(json, Claims.class);
        } catch (JsonProcessingException e) {
            throw BadRequest.unavailable("another instance answered something that is not a claims page: " + e.getOriginalMessage());
        }
    }
}

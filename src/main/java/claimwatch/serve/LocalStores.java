package claimwatch.serve;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** IQv2 queries of this instance's active stores, failing as "retry later" when a partition is not queryable. */
final class LocalStores {

    private LocalStores() {
    }

    /** The results of {@code query} on the given partitions of {@code store} (all local ones when {@code partitions} is null). */
    static <R> Map<Integer, R> queryLocal(KafkaStreams streams, String store, Query<R> query, Set<Integer> partitions) {
        StateQueryRequest<R> request = StateQueryRequest.inStore(store).withQuery(query).requireActive();
        if (partitions != null) {
            request = request.withPartitions(partitions);
        }
        StateQueryResult<R> result = streams.query(request);
        Map<Integer, R> byPartition = new TreeMap<>();
        for (Map.Entry<Integer, QueryResult<R>> e : result.getPartitionResults().entrySet()) {
            QueryResult<R> r = e.getValue();
            if (r.isFailure()) {
                throw BadRequest.unavailable("store " + store + " partition " + e.getKey() + " is not queryable ("
                        + r.getFailureReason() + ": " + r.getFailureMessage() + "); retry");
            }
            byPartition.put(e.getKey(), r.getResult());
        }
        if (partitions != null && !byPartition.keySet().containsAll(partitions)) {
            throw BadRequest.unavailable("store " + store + " partitions " + partitions + " are not on this instance now; retry");
        }
        return byPartition;
    }

    /** A store value, whether the store hands it over plain or with its timestamp. */
    @SuppressWarnings("unchecked")
    static <V> V value(Object stored) {
        return stored instanceof ValueAndTimestamp<?> vt ? (V) vt.value() : (V) stored;
    }
}

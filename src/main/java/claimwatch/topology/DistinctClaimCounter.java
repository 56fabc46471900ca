package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.dedup.DistinctClaims;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per claim ({@link DistinctClaims} counts), kept while articles state it: a claim no
 * article has stated for {@code retention} of stream time is deleted, and a tombstone sent in its
 * place, so the table and its compacted topic are bounded by what the news said within the
 * retention, not by everything it ever said.
 *
 * <p>The row's timestamp is the event time of its latest sighting. Expiry reads a second store,
 * an index of (that time, claim key) in time order, so each stream-time punctuation reads only the
 * claims that may have expired; an index entry left behind by a later sighting is dropped when
 * reached. The index is derived from the rows, with no changelog of its own ({@link #deriveIndex}):
 * a sighting writes one changelog record, the row.
 */
final class DistinctClaimCounter implements Processor<String, ClaimSighting, String, DistinctClaim> {

    private static final Logger log = LoggerFactory.getLogger(DistinctClaimCounter.class);

    /** How often, in stream time, expired claims are looked for. */
    static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private final long retentionMs;
    private ProcessorContext<String, DistinctClaim> context;
    private TimestampedKeyValueStore<String, DistinctClaim> claims;
    private KeyValueStore<String, String> lastSeenIndex;

    DistinctClaimCounter(Duration retention) {
        this.retentionMs = retention.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, DistinctClaim> context) {
        this.context = context;
        this.claims = context.getStateStore(StoreNames.DISTINCT_CLAIMS);
        this.lastSeenIndex = context.getStateStore(StoreNames.DISTINCT_CLAIMS_LAST_SEEN);
        deriveIndex();
        context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, this::expire);
    }

    @Override
    public void process(Record<String, ClaimSighting> record) {
        ValueAndTimestamp<DistinctClaim> current = claims.get(record.key());
        DistinctClaim counted = DistinctClaims.add(current == null ? null : current.value(), record.value());
        long lastSeen = current == null ? record.timestamp() : Math.max(current.timestamp(), record.timestamp());
        claims.put(record.key(), ValueAndTimestamp.make(counted, lastSeen));
        if (current == null || lastSeen > current.timestamp()) {
            lastSeenIndex.put(indexKey(lastSeen, record.key()), record.key());
        }
        context.forward(record.withValue(counted));
    }

    /**
     * The index has no changelog: it is the rows' timestamps, so when the task starts, after the rows are
     * restored, each row's entry is put back (again, if the index was kept on local disk). Entries left
     * behind by later sightings, or kept from before the rows were restored, are dropped when expiry reaches
     * them (it reads the row); what matters is that no row lacks its entry, and none does.
     */
    private void deriveIndex() {
        long started = System.nanoTime();
        long n = 0;
        try (KeyValueIterator<String, ValueAndTimestamp<DistinctClaim>> it = claims.all()) {
            while (it.hasNext()) {
                KeyValue<String, ValueAndTimestamp<DistinctClaim>> row = it.next();
                lastSeenIndex.put(indexKey(row.value.timestamp(), row.key), row.key);
                n++;
            }
        }
        log.info("{}: {} entries of {} derived from {} in {} ms", context.taskId(), n, StoreNames.DISTINCT_CLAIMS_LAST_SEEN,
                StoreNames.DISTINCT_CLAIMS, (System.nanoTime() - started) / 1_000_000);
    }

    private void expire(long streamTime) {
        long cutoff = streamTime - retentionMs;
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = lastSeenIndex.range(indexKey(Long.MIN_VALUE, ""), indexKey(cutoff, ""))) {
            it.forEachRemaining(due::add);
        }
        for (KeyValue<String, String> entry : due) {
            lastSeenIndex.delete(entry.key);
            ValueAndTimestamp<DistinctClaim> row = claims.get(entry.value);
            if (row != null && row.timestamp() < cutoff) {
                claims.delete(entry.value);
                context.forward(new Record<String, DistinctClaim>(entry.value, null, streamTime));
            }
        }
    }

    /** Index keys sort by time as strings: the time as 16 hex digits, offset so that negative times sort first. */
    static String indexKey(long time, String claimKey) {
        String hex = Long.toHexString(time ^ Long.MIN_VALUE);
        return "0".repeat(16 - hex.length()) + hex + "|" + claimKey;
    }
}

package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.ExtractedSighting;
import claimwatch.dedup.SeenSighting;
import claimwatch.dedup.SightingDedup;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the sightings of one claim meet (partitioned by claim key): drops a repeat of an article
 * already counted, and marks a wire copy as a copy of its story's first article
 * ({@link SightingDedup} decides). Sightings are remembered for {@code retention} of event time, as
 * long as articles are (see {@link RepeatedArticleFilter} for why that long).
 *
 * <p>Each sighting leaves with its claim's first-seen time, from a second, much smaller store: one
 * entry per claim, kept for {@code firstSeenRetention} (400 days by default). That one is long
 * because articles recall figures from months before ("up from 3,000 in October"), and a recalled
 * figure must be recognised as history.
 */
final class SightingDeduplicator implements FixedKeyProcessor<String, ExtractedSighting, ClaimSighting> {

    private final long retentionMs;
    private final long firstSeenRetentionMs;
    private final SightingDedup rules;
    private FixedKeyProcessorContext<String, ClaimSighting> context;
    private WindowStore<String, SeenSighting> seen;
    private WindowStore<String, Long> firstSeen;

    SightingDeduplicator(Duration retention, Duration firstSeenRetention, SightingDedup rules) {
        this.retentionMs = retention.toMillis();
        this.firstSeenRetentionMs = firstSeenRetention.toMillis();
        this.rules = rules;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ClaimSighting> context) {
        this.context = context;
        this.seen = context.getStateStore(StoreNames.CLAIM_SIGHTINGS);
        this.firstSeen = context.getStateStore(StoreNames.CLAIM_FIRST_SEEN);
    }

    @Override
    public void process(FixedKeyRecord<String, ExtractedSighting> record) {
        ExtractedSighting sighting = record.value();
        long eventTime = record.timestamp();
        SightingDedup.Decision decision = rules.decide(sighting, earlierSightings(record.key(), eventTime));
        if (decision.verdict() == SightingDedup.Verdict.REPEAT) {
            return;
        }
        String copyOf = decision.copyOf(); // null for an independent report
        seen.put(record.key(), SeenSighting.of(sighting, copyOf), eventTime);
        Instant firstSeen = Instant.ofEpochMilli(claimFirstSeen(record.key(), eventTime));
        context.forward(record.withValue(sighting.counted(copyOf, firstSeen)));
    }

    private List<SeenSighting> earlierSightings(String claimKey, long eventTime) {
        List<SeenSighting> earlier = new ArrayList<>();
        try (WindowStoreIterator<SeenSighting> it = seen.fetch(claimKey, eventTime - retentionMs, eventTime + retentionMs)) {
            while (it.hasNext()) {
                KeyValue<Long, SeenSighting> next = it.next();
                earlier.add(next.value);
            }
        }
        return earlier;
    }

    /** The earliest remembered time the claim was seen at or before {@code eventTime}; this time, remembered, if none. */
    private long claimFirstSeen(String claimKey, long eventTime) {
        try (WindowStoreIterator<Long> it = firstSeen.fetch(claimKey, eventTime - firstSeenRetentionMs, eventTime)) {
            if (it.hasNext()) {
                return it.next().key;
            }
        }
        firstSeen.put(claimKey, eventTime, eventTime);
        return eventTime;
    }
}

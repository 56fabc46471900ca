package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.SeenSighting;
import claimwatch.dedup.SightingDedup;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the sightings of one claim meet (partitioned by claim key): drops a repeat of an article
 * already counted, and marks a wire copy as a copy of its story's first article
 * ({@link SightingDedup} decides). Sightings are remembered for {@code retention} of event time, as
 * long as articles are (see {@link RepeatedArticleFilter} for why that long).
 */
final class SightingDeduplicator implements FixedKeyProcessor<String, ClaimSighting, ClaimSighting> {

    private final long retentionMs;
    private final SightingDedup rules;
    private FixedKeyProcessorContext<String, ClaimSighting> context;
    private WindowStore<String, SeenSighting> seen;

    SightingDeduplicator(Duration retention, SightingDedup rules) {
        this.retentionMs = retention.toMillis();
        this.rules = rules;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ClaimSighting> context) {
        this.context = context;
        this.seen = context.getStateStore(StoreNames.CLAIM_SIGHTINGS);
    }

    @Override
    public void process(FixedKeyRecord<String, ClaimSighting> record) {
        ClaimSighting sighting = record.value();
        long eventTime = record.timestamp();
        List<SeenSighting> earlier = earlierSightings(record.key(), eventTime);
        SightingDedup.Decision decision = rules.decide(sighting, earlier);
        switch (decision.verdict()) {
            case REPEAT -> {
                return;
            }
            case COPY -> sighting = sighting.asCopyOf(decision.copyOf());
            case INDEPENDENT -> { }
        }
        rememberNewEvent(record.key(), sighting, eventTime);
        context.forward(record.withValue(sighting.withClaimFirstSeen(SightingDedup.firstSeen(sighting, earlier))));
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

    private void rememberNewEvent(String claimKey, ClaimSighting sighting, long eventTime) {
        seen.put(claimKey, SeenSighting.of(sighting), eventTime);
    }
}

package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.track.Estimates;
import claimwatch.track.Figure;
import claimwatch.track.InForce;
import claimwatch.track.PartyTotals;
import claimwatch.track.SeriesSighting;
import claimwatch.track.WindowSpec;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Instant;

/**
 * Hands each sighting of a series on to its window with the named parties' totals in force when that
 * window opens ({@link PartyTotals}, in the {@code totals-in-force-<window>} store keyed by tracker),
 * so a window in which a party says nothing still counts the party's latest total. When a total
 * arrives for a window that later windows follow (late, within grace), each later window gets the
 * carried totals again, as a record without a sighting timestamped at that window's start. Time is
 * the records' event time only: the windows that can no longer change (Kafka's rule, as in
 * {@link LatenessCheck}) are folded into the settled totals; a restarted task starts from the stream
 * time its windows had ({@link WindowProgress}).
 */
final class TotalsCarrier implements FixedKeyProcessor<String, ClaimSighting, SeriesSighting> {

    private final WindowSpec window;
    private final InForce inForce;
    private final String storeName;
    private final String progressStore;
    private FixedKeyProcessorContext<String, SeriesSighting> context;
    private KeyValueStore<String, PartyTotals> store;
    private long streamTime;

    TotalsCarrier(WindowSpec window, InForce inForce, String storeName, String progressStore) {
        this.window = window;
        this.inForce = inForce;
        this.storeName = storeName;
        this.progressStore = progressStore;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, SeriesSighting> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.streamTime = WindowProgress.of(context.getStateStore(progressStore)).streamTime();
    }

    @Override
    public void process(FixedKeyRecord<String, ClaimSighting> record) {
        streamTime = Math.max(streamTime, record.timestamp());
        Instant start = window.startOf(Instant.ofEpochMilli(record.timestamp()));
        PartyTotals known = store.get(record.key());
        PartyTotals totals = known == null ? PartyTotals.empty() : known;
        Figure figure = Estimates.figureOf(record.value());
        Figure total = figure != null && figure.isTotal() ? figure : null;
        totals = totals.with(start, total);
        context.forward(record.withValue(new SeriesSighting(start, record.value(), totals.carriedInto(start, inForce))));
        if (total != null) {
            for (Instant later : totals.windowsAfter(start)) {
                context.forward(record.withValue(new SeriesSighting(later, null, totals.carriedInto(later, inForce)))
                        .withTimestamp(later.toEpochMilli()));
            }
        }
        long closeTime = streamTime - window.grace().toMillis();
        PartyTotals next = totals.settle(s -> s.plus(window.size()).toEpochMilli() <= closeTime, inForce);
        if (!next.equals(known)) { // most sightings are not totals, and settle nothing: no write for them
            store.put(record.key(), next);
        }
    }
}

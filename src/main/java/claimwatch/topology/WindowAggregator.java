package claimwatch.topology;

import claimwatch.track.Estimates;
import claimwatch.track.InForce;
import claimwatch.track.SeriesSighting;
import claimwatch.track.Tracker;
import claimwatch.track.WindowEstimate;
import claimwatch.track.WindowLimits;
import claimwatch.track.WindowSpec;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one windowed aggregate of a window spec: each series' windows in one timestamped window store
 * ({@code estimates-<window>}, keyed by tracker, the window's start as its time), which serves both
 * views of them.
 *
 * <ul>
 *   <li>The running view: every change to an open window is forwarded at once ({@link Emitted#closed()}
 *       false), timestamped, as Kafka's windowed aggregation does, with the latest event time in the window.</li>
 *   <li>The closed windows: each window is forwarded once ({@link Emitted#closed()} true), when stream
 *       time has passed its end plus grace, with the timestamp it has in the store. Windows closed by
 *       one record come out in the order of Kafka's own emit-on-window-close store (window start, then
 *       the key's bytes), whatever order the store iterates in.</li>
 * </ul>
 *
 * Kafka's rules, as in {@code KStreamWindowAggregate} with {@code EmitStrategy.onWindowClose()}:
 * stream time is the highest event time seen; a window is closed once
 * {@code windowEnd <= streamTime - grace}; each record emits the windows ending in
 * {@code (emittedUpTo, closeTime]}. Unlike Kafka's, which throttles emission by wall-clock time
 * (its internal emit interval, 1 s by default), a window is emitted by the record whose event time
 * closes it, so what has been emitted depends on the input alone. Stream time and {@code emittedUpTo}
 * are kept in the {@link WindowProgress} store (Kafka keeps the latter in the offsets' commit metadata),
 * so a restart neither repeats nor skips a closed window. Windows closed by a record are emitted
 * before that record is stored, so a jump in stream time longer than the store's retention cannot
 * expire a window before it is emitted. Records of windows already closed never reach here
 * ({@link LatenessCheck} sets them aside by the same stream time).
 */
final class WindowAggregator implements Processor<String, SeriesSighting, String, WindowAggregator.Emitted> {

    /** A window's estimate as it now stands ({@code closed} false) or as it closed ({@code closed} true). */
    record Emitted(WindowEstimate estimate, boolean closed) {
    }

    /** Window start, then the key's UTF-8 bytes unsigned: the order of Kafka's time-ordered window store. */
    private static final Comparator<KeyValue<Windowed<String>, ValueAndTimestamp<WindowEstimate>>> EMIT_ORDER =
            Comparator.<KeyValue<Windowed<String>, ValueAndTimestamp<WindowEstimate>>>comparingLong(kv -> kv.key.window().start())
                    .thenComparing((a, b) -> Arrays.compareUnsigned(utf8(a.key.key()), utf8(b.key.key())));

    private final WindowSpec window;
    private final Map<String, Tracker> trackers;
    private final InForce inForce;
    private final WindowLimits limits;
    private final String storeName;
    private final String progressStoreName;
    private final long size;
    private final long grace;
    private ProcessorContext<String, Emitted> context;
    private TimestampedWindowStore<String, WindowEstimate> store;
    private KeyValueStore<String, WindowProgress> progressStore;
    private WindowProgress progress;

    WindowAggregator(WindowSpec window, Map<String, Tracker> trackers, InForce inForce, WindowLimits limits,
                     String storeName, String progressStoreName) {
        this.window = window;
        this.trackers = trackers;
        this.inForce = inForce;
        this.limits = limits;
        this.storeName = storeName;
        this.progressStoreName = progressStoreName;
        this.size = window.size().toMillis();
        this.grace = window.grace().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Emitted> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.progressStore = context.getStateStore(progressStoreName);
        this.progress = WindowProgress.of(progressStore);
    }

    @Override
    public void process(Record<String, SeriesSighting> record) {
        long eventTime = record.timestamp();
        long streamTime = Math.max(progress.streamTime(), eventTime);
        long closeTime = streamTime - grace;
        long start = eventTime - Math.floorMod(eventTime, size);
        if (start + size <= closeTime) {
            throw new IllegalStateException("a sighting of " + record.key() + " reached the " + window.name() + " window at "
                    + Instant.ofEpochMilli(start) + ", which closed at " + Instant.ofEpochMilli(start + size + grace)
                    + " (stream time " + Instant.ofEpochMilli(streamTime) + "): the lateness check should have set it aside");
        }
        emitClosed(record, closeTime);

        ValueAndTimestamp<WindowEstimate> stored = store.fetch(record.key(), start);
        WindowEstimate current = stored == null ? Estimates.empty() : stored.value();
        WindowEstimate updated = Estimates.add(current, trackers.get(record.key()), window, record.value(), inForce, limits);
        long timestamp = stored == null ? eventTime : Math.max(eventTime, stored.timestamp());
        store.put(record.key(), ValueAndTimestamp.make(updated, timestamp), start);
        context.forward(record.withValue(new Emitted(updated, false)).withTimestamp(timestamp));

        WindowProgress next = new WindowProgress(streamTime, Math.max(progress.emittedUpTo(), closeTime));
        if (!next.equals(progress)) {
            progress = next;
            progressStore.put(WindowProgress.KEY, next);
        }
    }

    /** Forwards, once, every window that ends in {@code (emittedUpTo, closeTime]}. */
    private void emitClosed(Record<String, SeriesSighting> record, long closeTime) {
        long emittedUpTo = progress.emittedUpTo();
        long lastEnd = closeTime - Math.floorMod(closeTime, size);
        if (emittedUpTo != WindowProgress.NONE && lastEnd <= emittedUpTo) {
            return;
        }
        long fromStart = emittedUpTo == WindowProgress.NONE ? 0 : Math.max(0, emittedUpTo - size + 1);
        long toStart = closeTime - size;
        if (toStart < fromStart) {
            return;
        }
        List<KeyValue<Windowed<String>, ValueAndTimestamp<WindowEstimate>>> closed = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<WindowEstimate>> it = store.fetchAll(fromStart, toStart)) {
            it.forEachRemaining(closed::add);
        }
        closed.sort(EMIT_ORDER);
        for (var kv : closed) {
            context.forward(record.withKey(kv.key.key()).withValue(new Emitted(kv.value.value(), true))
                    .withTimestamp(kv.value.timestamp()));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

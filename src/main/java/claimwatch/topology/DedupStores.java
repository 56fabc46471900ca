package claimwatch.topology;

import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.internals.RocksDbWindowBytesStoreSupplier;

import java.time.Duration;

/**
 * The RocksDB window stores that remember articles and sightings for the dedup retention
 * ({@link StoreNames#SEEN_ARTICLES}, {@link StoreNames#SEEN_CONTENT}, {@link StoreNames#CLAIM_SIGHTINGS}),
 * in segments of {@code claimwatch.dedup.segment.interval} (two retentions unless set,
 * {@link claimwatch.track.TrackingSettings#dedupSegmentInterval()}) instead of Kafka's half a retention.
 *
 * <p>Why: a Kafka window store keeps each segment in a RocksDB instance of its own, created (directory,
 * MANIFEST, OPTIONS, two column families, a dozen fsyncs) when event time first reaches it and flushed,
 * closed and deleted when it expires: about 7 CPU-ms and 12 ms of the stream thread per segment on this
 * project's machines. {@code Stores.persistentWindowStore} fixes the segment at half the retention, 15 days
 * for the default 30. A live feed crosses a boundary every 15 days, nothing; a replay of an archive that
 * spans years with a few articles a day crosses one every few articles, in each of these stores and each
 * task, and that was two thirds of the stream thread's time on the real texts (BENCHMARKS.md,
 * 2026-12-03). Segments of two retentions cross a quarter as many boundaries; a replay of a sparse archive
 * may set a year.
 *
 * <p>What it costs: a segment is deleted when all of it is older than the retention, so a store holds
 * between one retention and a retention plus a segment of event time (two retentions: one to three;
 * Kafka's default: one to one and a half). Lookups are unchanged: the processors fetch only the retention
 * around an article's time, and the store never returns anything older than a retention before stream
 * time, whatever is still on disk.
 *
 * <p>Kafka Streams 4.3's public API takes a segment interval for versioned key-value stores only, not for
 * window stores, so this uses the supplier that {@code Stores.persistentWindowStore} itself returns, with
 * the interval given: {@link RocksDbWindowBytesStoreSupplier} is in Kafka's {@code internals} package,
 * outside its compatibility guarantee. A Kafka upgrade that changes its constructor breaks the build;
 * {@code DedupTopologyTest} checks the segments on disk.
 *
 * <p>The interval names the segments' directories, and Kafka Streams maps the directories it finds back
 * to segments by the interval it is given, so local state written with another interval would be read
 * wrongly (segments not found, never deleted). {@link StateLayout} records the interval beside the
 * local state and wipes that state, to be restored from the changelogs, when it differs.
 */
final class DedupStores {

    private DedupStores() {
    }

    /**
     * What {@code Stores.persistentWindowStore(name, retention, retention, retainDuplicates)} returns, in
     * segments of {@code segmentInterval}.
     */
    static WindowBytesStoreSupplier windowStore(String name, Duration retention, Duration segmentInterval, boolean retainDuplicates) {
        long retentionMs = retention.toMillis();
        if (retentionMs < 0) {
            throw new IllegalArgumentException("the retention of " + name + " cannot be negative: " + retention);
        }
        if (segmentInterval.toMillis() < 60_000L) {
            throw new IllegalArgumentException("the segments of " + name + " cannot be shorter than a minute: " + segmentInterval);
        }
        return new RocksDbWindowBytesStoreSupplier(name, retentionMs, segmentInterval.toMillis(), retentionMs, retainDuplicates,
                RocksDbWindowBytesStoreSupplier.WindowStoreTypes.DEFAULT_WINDOW_STORE);
    }

    /** The layout of the dedup stores' local state, as {@link StateLayout} records it. */
    static String layout(Duration segmentInterval) {
        return "dedup.segment.interval.ms=" + segmentInterval.toMillis();
    }
}

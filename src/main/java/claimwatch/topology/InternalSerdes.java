package claimwatch.topology;

import claimwatch.alert.SeriesMemory;
import claimwatch.avro.AvroSerde;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.dedup.ExtractedSighting;
import claimwatch.dedup.SeenSighting;
import claimwatch.track.PartyTotals;
import claimwatch.track.SeriesSighting;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.common.serialization.Serde;

/**
 * The serdes of every record the topology keeps to itself, in its state stores (and so their
 * changelogs) and repartition topics: Avro single-object encoding ({@link AvroSerde}), one schema
 * file per version in {@code src/main/resources/schemas/internal/<Record>/}. What it writes to its
 * output topics is JSON ({@link JsonSerde}), per the contract, with a JSON Schema per topic in
 * {@code schemas/topics/}. Keys and the stores of plain strings and times use Kafka's own serdes.
 *
 * <p>Each also reads the JSON the release before wrote ({@link AvroSerde#readingJsonOf}), so state
 * and records in flight survive the upgrade.
 */
final class InternalSerdes {

    /** {@code by-claim}: a sighting on its way to the dedup, with the article's fingerprints. */
    static final Serde<ExtractedSighting> EXTRACTED_SIGHTING = internal(ExtractedSighting.class);
    /** {@code by-tracker}: a counted sighting on its way to its series. */
    static final Serde<ClaimSighting> SIGHTING = internal(ClaimSighting.class);
    /**
     * {@code series-<window>} grouping: a sighting with the totals carried into its window. Kafka
     * Streams writes no repartition topic for it today (the key, the tracker, is unchanged since
     * {@code by-tracker}), so this serde is used only if a change upstream ever makes one.
     */
    static final Serde<SeriesSighting> SERIES_SIGHTING = internal(SeriesSighting.class);
    /** Store {@code claim-sightings-seen}. */
    static final Serde<SeenSighting> SEEN_SIGHTING = internal(SeenSighting.class);
    /** Store {@code distinct-claims}. */
    static final Serde<DistinctClaim> DISTINCT_CLAIM = internal(DistinctClaim.class);
    /** Stores {@code estimates-<window>}: one aggregate for the running view and the closed windows. */
    static final Serde<WindowEstimate> WINDOW_ESTIMATE = internal(WindowEstimate.class);
    /** Store {@code totals-in-force-<window>}. */
    static final Serde<PartyTotals> PARTY_TOTALS = internal(PartyTotals.class);
    /** Store {@code estimates-progress-<window>}. */
    static final Serde<WindowProgress> WINDOW_PROGRESS = internal(WindowProgress.class);
    /** Store {@code alert-state}. */
    static final Serde<SeriesMemory> SERIES_MEMORY = internal(SeriesMemory.class);

    private InternalSerdes() {
    }

    private static <T extends Record> Serde<T> internal(Class<T> type) {
        return AvroSerde.of(type).readingJsonOf(JsonSerde.deserializer(type));
    }
}

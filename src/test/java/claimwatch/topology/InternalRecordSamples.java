package claimwatch.topology;

import claimwatch.alert.SeriesMemory;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.dedup.ExtractedSighting;
import claimwatch.dedup.SeenSighting;
import claimwatch.extract.Claim;
import claimwatch.extract.Evidence;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import claimwatch.track.Figure;
import claimwatch.track.PartyTotals;
import claimwatch.track.SeriesSighting;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.common.serialization.Serde;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One record of every internal type, every field set where it can be (nulls where the type allows
 * them, a time with nanoseconds), with its serde: what the golden files in
 * {@code src/test/resources/golden/internal/} hold.
 */
final class InternalRecordSamples {

    record Sample<T>(String name, T value, Serde<T> serde) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Instant AT = Instant.parse("2024-10-28T09:15:30.123456789Z");
    static final Instant FIRST_SEEN = Instant.parse("2024-10-18T08:00:00Z");

    static final Claim CLAIM = new Claim("yonhap-1", "PRK", Measure.DEPLOYED, 10000L, 12000L, Qualifier.RANGE, "Kursk",
            "Pentagon", "USA", Kind.TOTAL, new Evidence("The Pentagon said 10,000 to 12,000 North Korean troops were in Kursk.", 120, 137),
            "10,000 to 12,000", AT, "Yonhap");
    static final Claim VAGUE_CLAIM = new Claim("ap-2", null, Measure.KILLED, null, null, Qualifier.APPROX, null, null, null,
            Kind.INCREMENT, null, "thousands", null, null);

    static final ExtractedSighting EXTRACTED = new ExtractedSighting("PRK|deployed|russia|10000|12000|USA", "yonhap-1",
            "Yonhap", AT, "USA", "Russia", "9f2c4e", "AAECAwQFBgc=", CLAIM);
    static final ClaimSighting SIGHTING = new ClaimSighting("PRK|deployed|russia|10000|12000|USA", "yonhap-1", "Yonhap", AT,
            "USA", "Russia", "reuters-1", CLAIM, FIRST_SEEN);
    static final SeenSighting SEEN = new SeenSighting("yonhap-1", "9f2c4e", "AAECAwQFBgc=", AT, "reuters-1");
    static final DistinctClaim DISTINCT = new DistinctClaim("PRK|deployed|russia|10000|12000|USA", "PRK", Measure.DEPLOYED,
            "Russia", 10000L, 12000L, "USA", Kind.TOTAL, FIRST_SEEN, AT, 3, 2, 2, List.of("Reuters", "Yonhap"),
            List.of("reuters-1", "yahoo-1", "yonhap-1"), "reuters-1", "The Pentagon said 10,000 to 12,000 North Korean troops were in Kursk.");

    static final Figure USA = new Figure("PRK|deployed|russia|10000|12000|USA", 10000L, 12000L, Qualifier.RANGE, "USA",
            "Pentagon", "Yonhap", "yonhap-1", AT, 2, FIRST_SEEN, Kind.TOTAL, "The Pentagon said ...", false);
    static final Figure UKR_CARRIED = new Figure("PRK|deployed|russia|11000|-|UKR", 11000L, null, Qualifier.AT_LEAST, "UKR",
            "Zelensky", "Kyiv Independent", "ki-1", FIRST_SEEN, 1, FIRST_SEEN, Kind.TOTAL, "At least 11,000 ...", true);
    static final Figure PLANNED = new Figure("PRK|deployed|russia|3000|-|KOR", 3000L, null, Qualifier.EXACT, "KOR",
            null, null, null, null, 1, null, Kind.PLANNED, null, false);

    static final WindowEstimate ESTIMATE = new WindowEstimate("north-korean-troops-in-russia", "North Korean troops in Russia",
            "daily", Instant.parse("2024-10-28T00:00:00Z"), Instant.parse("2024-10-29T00:00:00Z"), 3, 4, 2,
            10000L, 12000L, 10000L, USA, sorted(Map.of("USA", USA, "UKR", UKR_CARRIED)), 10000L, 11000L, 12000L,
            List.of("Kyiv Independent", "Yonhap"), List.of(USA, PLANNED), sorted(Map.of("UKR", UKR_CARRIED)), List.of(PLANNED), List.of(),
            sorted(Map.of("Kyiv Independent", 3L, "Yonhap", 1L)), 0, 2L);
    static final WindowProgress PROGRESS = new WindowProgress(Instant.parse("2024-10-28T09:15:30Z").toEpochMilli(),
            Instant.parse("2024-10-28T00:00:00Z").toEpochMilli());
    static final PartyTotals TOTALS = new PartyTotals(sorted(Map.of("UKR", UKR_CARRIED)), FIRST_SEEN,
            List.of(new PartyTotals.WindowTotals(Instant.parse("2024-10-28T00:00:00Z"), List.of(USA)),
                    new PartyTotals.WindowTotals(Instant.parse("2024-10-29T00:00:00Z"), List.of())));
    static final SeriesSighting SERIES_SIGHTING = new SeriesSighting(Instant.parse("2024-10-28T00:00:00Z"), SIGHTING,
            sorted(Map.of("UKR", UKR_CARRIED)));
    static final SeriesSighting CARRIED_ONLY = new SeriesSighting(Instant.parse("2024-10-29T00:00:00Z"), null, new TreeMap<>());
    static final SeriesMemory MEMORY = new SeriesMemory(USA, sorted(Map.of("USA", USA, "UKR", UKR_CARRIED)), "UKR>USA");

    /** Every internal type once, named as its schema directory. */
    static final List<Sample<?>> ALL = List.of(
            new Sample<>("ExtractedSighting", EXTRACTED, InternalSerdes.EXTRACTED_SIGHTING),
            new Sample<>("ClaimSighting", SIGHTING, InternalSerdes.SIGHTING),
            new Sample<>("SeriesSighting", SERIES_SIGHTING, InternalSerdes.SERIES_SIGHTING),
            new Sample<>("SeenSighting", SEEN, InternalSerdes.SEEN_SIGHTING),
            new Sample<>("DistinctClaim", DISTINCT, InternalSerdes.DISTINCT_CLAIM),
            new Sample<>("WindowEstimate", ESTIMATE, InternalSerdes.WINDOW_ESTIMATE),
            new Sample<>("PartyTotals", TOTALS, InternalSerdes.PARTY_TOTALS),
            new Sample<>("SeriesMemory", MEMORY, InternalSerdes.SERIES_MEMORY),
            new Sample<>("WindowProgress", PROGRESS, InternalSerdes.WINDOW_PROGRESS));

    private static <V> TreeMap<String, V> sorted(Map<String, V> map) {
        return new TreeMap<>(map);
    }

    private InternalRecordSamples() {
    }
}

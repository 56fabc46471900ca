package claimwatch.avro;

import claimwatch.dedup.DistinctClaim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvroSerdeTest {

    enum Unit { TROOPS, SHIPS }

    record Reading(String station, Instant at, Long value, long count, List<String> tags, SortedMap<String, Long> byHour,
                   Unit unit) {
    }

    private static final String READING_V1 = """
            {"type": "record", "name": "Reading", "namespace": "test", "fields": [
              {"name": "station", "type": "string"},
              {"name": "at", "type": ["null", {"type": "long", "logicalType": "timestamp-nanos"}], "default": null},
              {"name": "value", "type": ["null", "long"], "default": null},
              {"name": "count", "type": "long"},
              {"name": "tags", "type": {"type": "array", "items": "string"}},
              {"name": "byHour", "type": {"type": "map", "values": "long"}},
              {"name": "unit", "type": {"type": "enum", "name": "Unit", "symbols": ["TROOPS", "SHIPS"]}}
            ]}""";

    private static final Reading READING = new Reading("Kursk", Instant.parse("2024-10-28T09:15:30.123456789Z"), null, 3,
            List.of("a", "b"), new TreeMap<>(java.util.Map.of("09", 2L, "10", 1L)), Unit.SHIPS);

    @Test
    void readsBackWhatItWroteTimesToTheNanosecondNullsAndSortedMaps() {
        AvroSerde<Reading> serde = AvroSerde.of(Reading.class, List.of(parse(READING_V1)));

        Reading back = serde.decode(serde.encode(READING));

        assertEquals(READING, back);
        assertInstanceOf(TreeMap.class, back.byHour());
    }

    @Test
    void readsADistinctClaimWrittenBeforeClaimsHadAKindAsATotal() throws IOException {
        // Given a row written under a schema with no kind field (v0, test resources)
        Schema v0 = schema("schemas-v0/DistinctClaim/v0.avsc");
        GenericRecord old = new GenericRecordBuilder(v0)
                .set("key", "PRK|deployed|russia|1500|-|KOR").set("force", "PRK")
                .set("measure", new GenericData.EnumSymbol(v0.getField("measure").schema().getTypes().get(1), "DEPLOYED"))
                .set("place", "Russia").set("value", 1500L).set("high", null).set("party", "KOR")
                .set("firstSeen", 1_729_238_400_000_000_000L).set("lastSeen", 1_729_238_400_000_000_000L)
                .set("mentions", 2L).set("independentReports", 1L).set("distinctOutlets", 1)
                .set("outlets", List.of("Yonhap")).set("articles", List.of("y1", "y2"))
                .set("firstArticleId", "y1").set("sentence", "Some 1,500 special forces were sent.")
                .build();
        byte[] written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v0).encode(old).array();
        List<Schema> versions = new ArrayList<>(List.of(v0));
        versions.addAll(AvroSerde.shipped("DistinctClaim"));

        // When the current code reads it
        DistinctClaim row = AvroSerde.of(DistinctClaim.class, versions).decode(written);

        // Then the missing field takes its default (null, which a DistinctClaim reads as a total), the rest as written
        assertEquals(Kind.TOTAL, row.kind());
        assertEquals(Measure.DEPLOYED, row.measure());
        assertEquals(Instant.parse("2024-10-18T08:00:00Z"), row.firstSeen());
        assertEquals(List.of("y1", "y2"), row.articles());
        assertEquals(2L, row.mentions());
    }

    @Test
    void refusesARecordWhoseWriterSchemaItDoesNotKnowNamingTheFingerprint() {
        AvroSerde<Reading> serde = AvroSerde.of(Reading.class, List.of(parse(READING_V1)));
        byte[] bytes = serde.encode(READING);
        for (int i = 2; i < 10; i++) {
            bytes[i] = (byte) 0xAB; // another writer schema's fingerprint
        }

        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", bytes));

        assertTrue(e.getMessage().contains("abababababababab") && e.getMessage().contains("Reading")
                && e.getMessage().contains("schemas/internal/Reading/"), e.getMessage());
    }

    @Test
    void refusesJsonWhereItExpectsAvro() {
        AvroSerde<Reading> serde = AvroSerde.of(Reading.class, List.of(parse(READING_V1)));

        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", "{\"station\":\"Kursk\"}".getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.getMessage().contains("no Avro single-object header"), e.getMessage());
    }

    @Test
    void refusesASchemaThatLacksAComponentOfTheRecord() {
        Schema noCount = parse(READING_V1.replace("{\"name\": \"count\", \"type\": \"long\"},", ""));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AvroSerde.of(Reading.class, List.of(noCount)));

        assertTrue(e.getMessage().contains("only in the record [count]"), e.getMessage());
    }

    @Test
    void refusesASchemaWhoseTypeDoesNotFitTheComponent() {
        Schema countAsString = parse(READING_V1.replace("{\"name\": \"count\", \"type\": \"long\"}",
                "{\"name\": \"count\", \"type\": \"string\"}"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AvroSerde.of(Reading.class, List.of(countAsString)));

        assertTrue(e.getMessage().startsWith("Reading.count"), e.getMessage());
    }

    @Test
    void refusesANewVersionThatCannotReadTheOldOne() {
        // v2 makes a field required that v1 may have written as null, with no default
        Schema v2 = parse(READING_V1.replace(
                "{\"name\": \"value\", \"type\": [\"null\", \"long\"], \"default\": null}", "{\"name\": \"value\", \"type\": \"long\"}"));
        record Required(String station, Instant at, long value, long count, List<String> tags, SortedMap<String, Long> byHour,
                        Unit unit) {
        }

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AvroSerde.of(Required.class, List.of(parse(READING_V1), v2)));

        assertTrue(e.getMessage().contains("cannot read version 1"), e.getMessage());
    }

    @Test
    void failsToWriteATimeBeyondWhatNanosecondsSinceTheEpochHold() {
        AvroSerde<Reading> serde = AvroSerde.of(Reading.class, List.of(parse(READING_V1)));
        Reading far = new Reading("Kursk", Instant.parse("2300-01-01T00:00:00Z"), 1L, 1, List.of(), new TreeMap<>(), Unit.TROOPS);

        SerializationException e = assertThrows(SerializationException.class, () -> serde.serializer().serialize("t", far));

        assertTrue(e.getMessage().contains("Reading.at"), e.getMessage());
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }

    private static Schema schema(String resource) throws IOException {
        try (InputStream in = AvroSerdeTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        }
    }
}

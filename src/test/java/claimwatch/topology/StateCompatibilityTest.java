package claimwatch.topology;

import claimwatch.avro.AvroSerde;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.ExtractedSighting;
import claimwatch.topology.InternalRecordSamples.Sample;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * State written by the first release restores as it was: the golden files
 * ({@code src/test/resources/golden/internal/<Record>/v1.bin}) are {@link InternalRecordSamples}
 * serialised by schema version 1 and committed; the current code must read each back to an equal
 * record. Never rewrite a golden file of a shipped version: add the next version's beside it.
 *
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) claimwatch.topology.StateCompatibilityTest
 * </pre>
 * writes {@code v<current>.bin} for every record (run it once when a schema version is added).
 */
class StateCompatibilityTest {

    static final List<Sample<?>> SAMPLES = InternalRecordSamples.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void restoresTheRecordsThatVersionOneWrote(Sample<?> sample) {
        assertEquals(sample.value(), sample.serde().deserializer().deserialize("changelog", golden(sample.name(), 1)));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    void goldenBytesCarryTheFingerprintOfSchemaVersionOne(Sample<?> sample) {
        Schema v1 = AvroSerde.shipped(sample.name()).get(0);
        long written = ByteBuffer.wrap(golden(sample.name(), 1), 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();

        assertEquals(SchemaNormalization.parsingFingerprint64(v1), written);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SAMPLES")
    @SuppressWarnings("unchecked")
    void readsTheJsonThatTheReleaseBeforeWroteToItsStoresAndRepartitionTopics(Sample<?> sample) {
        byte[] json = JsonSerde.serializer((Class<Object>) sample.value().getClass()).serialize("changelog", sample.value());

        assertEquals(sample.value(), sample.serde().deserializer().deserialize("changelog", json));
    }

    @Test
    void readsTheOneSightingTypeOfTheReleaseBeforeAsEitherStage() {
        // by-claim held a sighting with fingerprints and null copyOf / claimFirstSeen, by-tracker one with null fingerprints
        String byClaim = json(InternalRecordSamples.EXTRACTED).replace("\"claim\":", "\"copyOf\":null,\"claim\":")
                .replaceFirst("}$", ",\"claimFirstSeen\":null}");
        String byTracker = json(InternalRecordSamples.SIGHTING).replace("\"claim\":", "\"contentHash\":null,\"minhash\":null,\"claim\":");

        assertEquals(InternalRecordSamples.EXTRACTED, InternalSerdes.EXTRACTED_SIGHTING.deserializer()
                .deserialize("claimwatch-by-claim-repartition", byClaim.getBytes(StandardCharsets.UTF_8)));
        assertEquals(InternalRecordSamples.SIGHTING, InternalSerdes.SIGHTING.deserializer()
                .deserialize("claimwatch-by-tracker-repartition", byTracker.getBytes(StandardCharsets.UTF_8)));
    }

    private static String json(Object value) {
        return new String(JsonSerde.serializer(Object.class).serialize("t", value), StandardCharsets.UTF_8);
    }

    @Test
    void hasAGoldenSampleOfEveryInternalSerde() throws IllegalAccessException {
        List<Object> sampled = SAMPLES.stream().map(Sample::serde).map(Object.class::cast).toList();
        for (Field f : InternalSerdes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Serde.class.isAssignableFrom(f.getType())) {
                assertEquals(true, sampled.contains(f.get(null)), "no golden sample of InternalSerdes." + f.getName());
            }
        }
    }

    @Test
    void readsBackASightingWithNullsWhereverTheSchemaAllowsThem() {
        ExtractedSighting sparse = new ExtractedSighting("k", "a", null, null, null, null, "h", "m", InternalRecordSamples.VAGUE_CLAIM);
        ClaimSighting counted = sparse.counted(null, null);

        assertEquals(sparse, roundTrip(InternalSerdes.EXTRACTED_SIGHTING, sparse));
        assertEquals(counted, roundTrip(InternalSerdes.SIGHTING, counted));
        assertEquals(InternalRecordSamples.CARRIED_ONLY, roundTrip(InternalSerdes.SERIES_SIGHTING, InternalRecordSamples.CARRIED_ONLY));
    }

    @Test
    void handsARepartitionedSightingOfAnUnknownSchemaToTheDeadLetterHandlerAndGoesOn() {
        byte[] unknown = InternalSerdes.EXTRACTED_SIGHTING.serializer().serialize("t", InternalRecordSamples.EXTRACTED);
        Arrays.fill(unknown, 2, 10, (byte) 0x5A); // a writer schema this release does not know
        byte[] known = InternalSerdes.EXTRACTED_SIGHTING.serializer().serialize("t", InternalRecordSamples.EXTRACTED);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TopologyFixture topology = TopologyFixture.scripted(PipelineMetrics.in(registry, List.of("daily", "weekly")))) {
            var byClaim = topology.driver.createInputTopic("claimwatch-" + ClaimwatchTopology.BY_CLAIM + "-repartition",
                    new StringSerializer(), new ByteArraySerializer());
            byClaim.pipeInput(InternalRecordSamples.EXTRACTED.claimKey(), unknown);
            byClaim.pipeInput(InternalRecordSamples.EXTRACTED.claimKey(), known);

            // the handler (DeadLetterHandler, which writes the dead letter with the reason) counted it; the next record went on
            assertEquals(1, registry.get("claimwatch.dead.letters").tags("reason", "processing_error").counter().count());
            assertEquals(List.of(InternalRecordSamples.EXTRACTED.articleId()),
                    topology.sightings.readValuesToList().stream().map(ClaimSighting::articleId).toList());
        }
    }

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    private static byte[] golden(String name, int version) {
        String resource = "golden/internal/" + name + "/v" + version + ".bin";
        try (InputStream in = StateCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the samples with the current schemas to {@code src/test/resources/golden/internal/<Record>/v<current>.bin}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws IOException {
        for (Sample sample : SAMPLES) {
            int current = AvroSerde.shipped(sample.name()).size();
            Path file = Path.of("src/test/resources/golden/internal", sample.name(), "v" + current + ".bin");
            Files.createDirectories(file.getParent());
            byte[] bytes = sample.serde().serializer().serialize("changelog", sample.value());
            Files.write(file, bytes);
            System.out.println(file + ": " + bytes.length + " bytes " + Arrays.toString(Arrays.copyOf(bytes, 10)));
        }
    }
}

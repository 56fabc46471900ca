package claimwatch.topology;

import claimwatch.topology.InternalRecordSamples.Sample;
import org.apache.kafka.common.serialization.Serde;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Not a test: a measurement. For each internal record sample, the bytes and the CPU time of this
 * thread (so a busy machine slows it less than wall-clock time would) per serialise + deserialise,
 * JSON ({@link JsonSerde}, as before issue 13) against Avro ({@link InternalSerdes}): the median of
 * seven rounds of {@code N} after a warm-up of the same.
 *
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) claimwatch.topology.InternalSerdesCost 200000
 * </pre>
 */
public final class InternalSerdesCost {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.printf("%-18s %10s %10s %14s %14s%n", "record", "JSON B", "Avro B", "JSON ns/rt", "Avro ns/rt");
        for (Sample<?> sample : InternalRecordSamples.ALL) {
            row(sample, n);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void row(Sample<T> sample, int n) {
        Serde<T> json = JsonSerde.of((Class<T>) sample.value().getClass());
        System.out.printf("%-18s %,10d %,10d %,14.0f %,14.0f%n", sample.name(),
                json.serializer().serialize("t", sample.value()).length,
                sample.serde().serializer().serialize("t", sample.value()).length,
                nanosPerRoundTrip(json, sample.value(), n), nanosPerRoundTrip(sample.serde(), sample.value(), n));
    }

    private static <T> double nanosPerRoundTrip(Serde<T> serde, T value, int n) {
        roundTrips(serde, value, n); // warm-up
        double[] rounds = new double[7];
        for (int r = 0; r < rounds.length; r++) {
            long start = CPU.getCurrentThreadCpuTime();
            roundTrips(serde, value, n);
            rounds[r] = (double) (CPU.getCurrentThreadCpuTime() - start) / n;
        }
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }

    private static <T> void roundTrips(Serde<T> serde, T value, int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) {
            byte[] bytes = serde.serializer().serialize("t", value);
            sink += serde.deserializer().deserialize("t", bytes).hashCode();
        }
        if (sink == 42) {
            System.out.print("");
        }
    }
}

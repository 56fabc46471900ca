import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.RocksDbWindowBytesStoreSupplier;
import org.rocksdb.Options;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * What a window store's segments cost: records whose event time steps STEP apart through Kafka's own
 * RocksDB window store (retention 30 days, as the dedup stores), one fetch and one put each, in the test
 * driver. With STEP = P15D every record opens a segment and expires one. Prints CPU-ms (of the calling
 * thread, which opens and closes the segments) and wall ms a record, after a first round as warm-up.
 *
 * <pre>
 *   java -cp JAR:TEST_UTILS_JAR:/tmp/seg SegmentCost P15D 300            # Kafka's segments (15 days)
 *   java -cp JAR:TEST_UTILS_JAR:/tmp/seg SegmentCost P15D 300 P60D       # segments of 60 days
 *   java -cp JAR:TEST_UTILS_JAR:/tmp/seg SegmentCost P15D 300 - light    # Kafka's, lighter RocksDB options
 *   java -cp JAR:TEST_UTILS_JAR:/tmp/seg SegmentCost PT1M 300            # no segment crossed
 * </pre>
 */
public class SegmentCost {

    private static final String STORE = "seen";

    public static void main(String[] args) throws Exception {
        long stepMs = Duration.parse(args[0]).toMillis();
        int n = Integer.parseInt(args[1]);
        String segment = args.length > 2 ? args[2] : "-";
        boolean light = args.length > 3 && args[3].equals("light");
        Duration retention = Duration.ofDays(30);
        WindowBytesStoreSupplier supplier = segment.equals("-")
                ? Stores.persistentWindowStore(STORE, retention, retention, false)
                : new RocksDbWindowBytesStoreSupplier(STORE, retention.toMillis(), Duration.parse(segment).toMillis(),
                        retention.toMillis(), false, RocksDbWindowBytesStoreSupplier.WindowStoreTypes.DEFAULT_WINDOW_STORE);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(supplier, Serdes.String(), Serdes.String()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> new Processor<String, String, Void, Void>() {
                    private WindowStore<String, String> store;

                    @Override
                    public void init(ProcessorContext<Void, Void> context) {
                        store = context.getStateStore(STORE);
                    }

                    @Override
                    public void process(Record<String, String> record) {
                        try (var it = store.fetch(record.key(), record.timestamp() - retention.toMillis(), record.timestamp())) {
                            it.hasNext();
                        }
                        store.put(record.key(), record.value(), record.timestamp());
                    }
                }, STORE);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "segment-cost");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("segment-cost").toString());
        if (light) {
            props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, Light.class);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            long t = Instant.parse("2011-01-01T00:00:00Z").toEpochMilli();
            for (int round = 0; round < 2; round++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    t += stepMs;
                    in.pipeInput("k" + i, "v" + i, t);
                }
                System.out.printf("%s step %s, segments %s%s: %d records, %.3f CPU-ms and %.3f ms a record%n",
                        round == 0 ? "warm-up" : "measured", args[0], segment.equals("-") ? "Kafka's" : segment,
                        light ? ", light options" : "", n, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n,
                        (System.nanoTime() - wall0) / 1e6 / n);
            }
        }
    }

    /** Lighter RocksDB options for a segment: one file-opening thread, a 1 MB write buffer, no stats dumps or paranoid checks. */
    public static class Light implements RocksDBConfigSetter {
        @Override
        public void setConfig(String storeName, Options options, Map<String, Object> configs) {
            options.setMaxFileOpeningThreads(1);
            options.setWriteBufferSize(1 << 20);
            options.setStatsDumpPeriodSec(0);
            options.setStatsPersistPeriodSec(0);
            options.setAvoidUnnecessaryBlockingIO(true);
            options.setSkipStatsUpdateOnDbOpen(true);
            options.setSkipCheckingSstFileSizesOnDbOpen(true);
            options.setParanoidChecks(false);
        }

        @Override
        public void close(String storeName, Options options) {
        }
    }
}

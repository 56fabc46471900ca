package claimwatch.topology;

import claimwatch.bench.Bench;
import claimwatch.bench.CorpusGenerator;
import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.ClaimExtractor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a test: a measurement. Runs the bench's generated corpus ({@link CorpusGenerator}, seed 7, one
 * year of publication times, as {@code claimwatch bench} does) through the production topology with
 * the real extractor in a {@link TopologyTestDriver}, and prints the records and bytes (key plus value)
 * written to every topic, output, repartition and changelog, in total and per claim (a record of
 * {@code claims}). Record caches are off, as in the topology tests, so every store update is a
 * changelog record: an upper bound of what a cached run writes.
 *
 * <pre>
 *   mvn -o -q test-compile
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) claimwatch.topology.InternalRecordsMeasurement 3000
 * </pre>
 * ({@code cp.txt} from {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.)
 */
public final class InternalRecordsMeasurement {

    private record Written(long records, long bytes) {
        Written plus(ProducerRecord<byte[], byte[]> r) {
            return new Written(records + 1, bytes + length(r.key()) + length(r.value()));
        }

        Written plus(Written other) {
            return new Written(records + other.records, bytes + other.bytes);
        }

        private static int length(byte[] b) {
            return b == null ? 0 : b.length;
        }
    }

    public static void main(String[] args) {
        long articles = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        measure(articles, System.out);
    }

    static void measure(long articles, PrintStream out) {
        ClaimwatchConfig config = TopologyFixture.config();
        StreamsBuilder builder = new StreamsBuilder();
        ClaimwatchTopology.build(builder, config, ClaimExtractor.withDefaultVocabulary());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(config.streamsProperties()),
                config.streamsProperties())) {
            TestInputTopic<byte[], byte[]> input = driver.createInputTopic(Topics.ARTICLES,
                    new ByteArraySerializer(), new ByteArraySerializer());
            CorpusGenerator corpus = new CorpusGenerator(7, articles, Bench.CORPUS_START, Duration.ofDays(365));
            while (corpus.hasNext()) {
                CorpusGenerator.GeneratedArticle a = corpus.next();
                input.pipeInput(new TestRecord<>(a.id().getBytes(java.nio.charset.StandardCharsets.UTF_8), a.json(),
                        Instant.ofEpochMilli(a.publishedAtMillis())));
            }
            Map<String, Written> byTopic = new TreeMap<>();
            for (String topic : driver.producedTopicNames()) {
                Written w = new Written(0, 0);
                for (ProducerRecord<byte[], byte[]> r : records(driver, topic)) {
                    w = w.plus(r);
                }
                byTopic.put(topic, w);
            }
            long claims = byTopic.getOrDefault(Topics.CLAIMS, new Written(0, 0)).records();
            out.printf("%,d articles, %,d claims%n", articles, claims);
            out.printf("%-62s %10s %12s %10s %10s%n", "topic", "records", "bytes", "rec/claim", "B/claim");
            Written internal = new Written(0, 0);
            Written output = new Written(0, 0);
            for (Map.Entry<String, Written> e : byTopic.entrySet()) {
                Written w = e.getValue();
                boolean isInternal = e.getKey().endsWith("-repartition") || e.getKey().endsWith("-changelog");
                if (isInternal) {
                    internal = internal.plus(w);
                } else {
                    output = output.plus(w);
                }
                row(out, e.getKey(), w, claims);
            }
            row(out, "all internal (repartition + changelog)", internal, claims);
            row(out, "all output", output, claims);
        }
    }

    private static java.util.List<ProducerRecord<byte[], byte[]>> records(TopologyTestDriver driver, String topic) {
        var read = driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        return read.readRecordsToList().stream()
                .map(r -> new ProducerRecord<>(topic, r.key(), r.value()))
                .toList();
    }

    private static void row(PrintStream out, String name, Written w, long claims) {
        out.printf("%-62s %,10d %,12d %10.2f %,10.0f%n", name, w.records(), w.bytes(),
                (double) w.records() / Math.max(claims, 1), (double) w.bytes() / Math.max(claims, 1));
    }
}

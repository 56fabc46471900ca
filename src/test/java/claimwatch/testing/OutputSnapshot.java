package claimwatch.testing;

import claimwatch.topology.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import claimwatch.ingest.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a claimwatch run wrote to its output topics, read as a downstream consumer reads it
 * ({@code read_committed}), reduced to what must be equal between two runs of the same input.
 *
 * <p>The output topics are the components of {@link Topics} other than {@code articles}, so a
 * topic added there is compared without touching the tests. What "equal" means depends on the topic:
 * <ul>
 *   <li><b>every record</b> (claims, sightings, estimates, alerts, late articles, dead letters): the
 *       multiset of (key, value). Order across partitions is not part of the contract; a record
 *       lost or written twice is a difference.</li>
 *   <li><b>latest per key</b>, for compacted topics ({@link Topics#compacted()}): a table's changes
 *       pass through Kafka Streams' record cache, which forwards fewer intermediate values the longer
 *       it holds them; how many depends on commit timing, not on the input. The latest value of each
 *       key is what a reader of the table sees, and must be equal.</li>
 *   <li><b>latest per key and window</b>, for running views ({@link #RUNNING_VIEWS}): the same for
 *       a windowed aggregate's updates, whose window is in the value ({@code window}, {@code windowStart}).</li>
 * </ul>
 */
public record OutputSnapshot(Map<String, List<String>> topics) {

    /** Topics (components of {@link Topics}) that carry every update of an open window: compared per window. */
    public static final Set<String> RUNNING_VIEWS = Set.of("estimateUpdates");

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** Reads every output topic named by {@code topics} to its committed end. */
    public static OutputSnapshot read(String bootstrapServers, Topics topics) {
        Map<String, List<String>> contents = new TreeMap<>();
        for (Map.Entry<String, String> output : outputTopics(topics).entrySet()) {
            String component = output.getKey();
            List<ConsumerRecord<byte[], byte[]>> records = readToEnd(bootstrapServers, output.getValue());
            if (topics.compacted().contains(output.getValue())) {
                contents.put(component, latest(records, false));
            } else if (RUNNING_VIEWS.contains(component)) {
                contents.put(component, latest(records, true));
            } else {
                List<String> all = new ArrayList<>();
                records.forEach(r -> all.add(entry(text(r.key()), text(r.value()))));
                Collections.sort(all);
                contents.put(component, all);
            }
        }
        return new OutputSnapshot(contents);
    }

    /** Output topics by their name in {@link Topics} ({@code claims}, {@code distinctClaims}, ...). */
    public static Map<String, String> outputTopics(Topics topics) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (RecordComponent component : Topics.class.getRecordComponents()) {
            if (component.getName().equals("articles")) {
                continue;
            }
            try {
                outputs.put(component.getName(), (String) component.getAccessor().invoke(topics));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return outputs;
    }

    public int size(String component) {
        return topics.getOrDefault(component, List.of()).size();
    }

    /** Null when equal, else a description of the differences, topic by topic, for a person to read. */
    public String differencesFrom(OutputSnapshot expected) {
        StringBuilder out = new StringBuilder();
        for (String component : expected.topics.keySet()) {
            List<String> want = expected.topics.get(component);
            List<String> got = topics.getOrDefault(component, List.of());
            if (want.equals(got)) {
                continue;
            }
            List<String> missing = minus(want, got);
            List<String> extra = minus(got, want);
            out.append(String.format("%n%s: expected %d entries, got %d; %d missing, %d extra (duplicates count)",
                    component, want.size(), got.size(), missing.size(), extra.size()));
            missing.stream().limit(3).forEach(e -> out.append("\n  missing: ").append(abbreviate(e)));
            extra.stream().limit(3).forEach(e -> out.append("\n  extra:   ").append(abbreviate(e)));
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Entries per topic, for a log line. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        topics.forEach((name, entries) -> out.append(name).append('=').append(entries.size()).append(' '));
        return out.toString().trim();
    }

    private static List<String> minus(List<String> from, List<String> take) {
        Map<String, Integer> counts = new TreeMap<>();
        take.forEach(e -> counts.merge(e, 1, Integer::sum));
        List<String> rest = new ArrayList<>();
        for (String e : from) {
            Integer n = counts.get(e);
            if (n == null || n == 0) {
                rest.add(e);
            } else {
                counts.put(e, n - 1);
            }
        }
        return rest;
    }

    private static List<String> latest(List<ConsumerRecord<byte[], byte[]>> records, boolean perWindow) {
        Map<String, String> latest = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String key = text(r.key());
            if (perWindow) {
                key = key + " @" + window(r.value());
            }
            if (r.value() == null) {
                latest.remove(key);
            } else {
                latest.put(key, text(r.value()));
            }
        }
        List<String> entries = new ArrayList<>();
        latest.forEach((k, v) -> entries.add(entry(k, v)));
        return entries;
    }

    private static String window(byte[] value) {
        try {
            JsonNode node = Json.MAPPER.readTree(value);
            return node.path("window").asText() + "/" + node.path("windowStart").asText();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Every record of {@code topic} up to its last stable offset, read_committed. Within a partition
     * the order is the log's; partitions are read one after another.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readToEnd(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, READ_TIMEOUT)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            partitions.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, READ_TIMEOUT) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to " + end + " in " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    private static String entry(String key, String value) {
        return key + " -> " + value;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}

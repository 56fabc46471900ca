package claimwatch.bench;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an app's producers wrote, per topic (outputs, changelogs, repartition topics), from their own
 * {@code producer-topic-metrics}: records sent and bytes (after compression, as the batches went to the broker).
 *
 * @param byTopic records and bytes by topic
 */
public record Written(Map<String, Topic> byTopic) {

    public record Topic(long records, long bytes) {
    }

    static Written of(Map<MetricName, ? extends Metric> metrics) {
        Map<String, long[]> sums = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            String topic = name.tags().get("topic");
            if (!name.group().equals("producer-topic-metrics") || topic == null) {
                return;
            }
            int slot = switch (name.name()) {
                case "record-send-total" -> 0;
                case "byte-total" -> 1;
                default -> -1;
            };
            if (slot >= 0 && metric.metricValue() instanceof Number n) {
                sums.computeIfAbsent(topic, t -> new long[2])[slot] += n.longValue();
            }
        });
        Map<String, Topic> byTopic = new TreeMap<>();
        sums.forEach((topic, s) -> byTopic.put(topic, new Topic(s[0], s[1])));
        return new Written(byTopic);
    }

    long records() {
        return byTopic.values().stream().mapToLong(Topic::records).sum();
    }

    long bytes() {
        return byTopic.values().stream().mapToLong(Topic::bytes).sum();
    }

    /** Totals per claim written to {@code claimsTopic}, then each topic's share, most records first. */
    void print(PrintWriter out, String claimsTopic) {
        Topic claims = byTopic.getOrDefault(claimsTopic, new Topic(0, 0));
        double perClaim = Math.max(claims.records(), 1);
        out.printf("written   %,d records, %.1f MB to %d topics for %,d claims: %.2f records and %,.0f bytes per claim%n",
                records(), bytes() / 1e6, byTopic.size(), claims.records(), records() / perClaim, bytes() / perClaim);
        byTopic.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().records(), a.getValue().records()))
                .forEach(e -> out.printf("          %-70s %,10d records %9.2f per claim %,12d bytes%n", e.getKey(),
                        e.getValue().records(), e.getValue().records() / perClaim, e.getValue().bytes()));
    }
}

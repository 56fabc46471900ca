package claimwatch.topology;

import claimwatch.ingest.Article;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.article;
import static claimwatch.topology.TopologyFixture.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeterminismTopologyTest {

    private static final List<Article> SAME_DAY = List.of(
            article("a1", "Reuters", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")),
            article("a2", "Yonhap", "2024-10-28T09:00:00Z", claim("PRK", "deployed", 11000, "high=12000", "by=NIS")),
            article("a3", "Kyiv Independent", "2024-10-28T10:00:00Z", claim("PRK", "deployed", 12000, "by=Zelensky")),
            article("a4", "TASS", "2024-10-28T11:00:00Z", claim("PRK", "deployed", 2000, "by=Kremlin")));

    @Test
    void writesByteIdenticalEstimatesAndAlertsWhateverTheOrderArticlesOfAWindowArriveIn() {
        // Given the same day's articles in publication order, and reversed
        List<Article> reversed = new ArrayList<>(SAME_DAY);
        Collections.reverse(reversed);

        // When each order runs through a fresh topology and the day closes
        List<String> first = run(SAME_DAY);
        List<String> second = run(reversed);

        // Then the closed estimates and the alerts are the same bytes
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void writesTheSameBytesOnEveryOutputTopicWithRecordCachesOnAsOff() {
        // Given two days of claims for the series, a copy, a repeat, a late article and time moving on
        List<Article> articles = new ArrayList<>(SAME_DAY);
        articles.add(article("a1", "Reuters", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        articles.add(article("b1", "AP", "2024-10-29T08:00:00Z", claim("PRK", "deployed", 13000, "by=Pentagon")));
        articles.add(article("b2", "Yonhap", "2024-10-29T09:00:00Z", claim("PRK", "deployed", 12000, "by=NIS")));
        articles.add(tick("t0", "2024-10-31T00:00:00Z"));
        articles.add(article("late", "TASS", "2024-10-27T09:00:00Z", claim("PRK", "deployed", 1000, "by=Kremlin")));
        articles.add(tick("t1", "2024-11-10T00:00:00Z"));

        // When they run through a topology with record caches off (as in every other test), and one with them on
        List<String> off = runAll(articles, "0");
        List<String> on = runAll(articles, Long.toString(10L << 20));

        // Then every output topic got the same records: the cached stores change what their changelogs get, not the outputs
        assertFalse(off.isEmpty());
        assertEquals(off, on);
    }

    private static List<String> runAll(List<Article> articles, String cacheBytes) {
        try (TopologyFixture topology = TopologyFixture.scripted("statestore.cache.max.bytes", cacheBytes)) {
            articles.forEach(topology::publish);
            List<String> out = new ArrayList<>();
            for (String topic : List.of(Topics.CLAIMS, Topics.SIGHTINGS, Topics.DISTINCT_CLAIMS, Topics.ESTIMATE_UPDATES,
                    Topics.ESTIMATES, Topics.ALERTS, Topics.LATE_ARTICLES)) {
                raw(topology, topic).forEach(value -> out.add(topic + " " + value));
            }
            return out;
        }
    }

    private static List<String> run(List<Article> articles) {
        try (TopologyFixture topology = TopologyFixture.scripted()) {
            articles.forEach(topology::publish);
            topology.publish(tick("t1", "2024-10-31T00:00:00Z"));
            List<String> out = new ArrayList<>(raw(topology, Topics.ESTIMATES));
            out.addAll(raw(topology, Topics.ALERTS));
            return out;
        }
    }

    private static List<String> raw(TopologyFixture topology, String topic) {
        TestOutputTopic<String, String> out =
                topology.driver.createOutputTopic(topic, Serdes.String().deserializer(), Serdes.String().deserializer());
        return out.readValuesToList();
    }
}

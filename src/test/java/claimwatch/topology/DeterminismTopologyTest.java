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

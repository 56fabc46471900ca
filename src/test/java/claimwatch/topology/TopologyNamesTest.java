package claimwatch.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names are the topology's interface to operators and query layers: none may be generated. */
class TopologyNamesTest {

    private static final Pattern GENERATED = Pattern.compile("(KSTREAM|KTABLE)-[A-Z]+-\\d+");

    private final TopologyDescription description = describe();

    @Test
    void namesEveryProcessorStoreAndRepartitionTopic() {
        List<String> generated = new ArrayList<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                check(node.name(), generated);
                if (node instanceof TopologyDescription.Processor p) {
                    p.stores().forEach(s -> check(s, generated));
                }
                if (node instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                    check(sink.topic(), generated);
                }
            }
        }
        assertTrue(generated.isEmpty(), "generated names: " + generated);
    }

    @Test
    void hasTheStoresAQueryLayerLooksFor() {
        Set<String> stores = new TreeSet<>();
        description.subtopologies().forEach(sub -> sub.nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Processor p) {
                stores.addAll(p.stores());
            }
        }));
        assertEquals(new TreeSet<>(List.of(StoreNames.SEEN_ARTICLES, StoreNames.SEEN_CONTENT, StoreNames.CLAIM_SIGHTINGS, StoreNames.CLAIM_FIRST_SEEN,
                StoreNames.DISTINCT_CLAIMS, StoreNames.DISTINCT_CLAIMS_LAST_SEEN, StoreNames.ALERT_STATE,
                StoreNames.estimates("daily"), StoreNames.estimatesProgress("daily"),
                StoreNames.estimates("weekly"), StoreNames.estimatesProgress("weekly"),
                StoreNames.totalsInForce("daily"), StoreNames.totalsInForce("weekly"))), stores);
    }

    private static void check(String name, List<String> generated) {
        if (GENERATED.matcher(name).find()) {
            generated.add(name);
        }
    }

    private static TopologyDescription describe() {
        StreamsBuilder builder = new StreamsBuilder();
        var config = TopologyFixture.config();
        ClaimwatchTopology.build(builder, config, ScriptedExtractor::extract);
        return builder.build(config.streamsProperties()).describe();
    }
}

package claimwatch.topology;

import claimwatch.ingest.Article;
import claimwatch.ingest.Json;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.article;
import static claimwatch.topology.TopologyFixture.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every record the topology writes to an output topic is valid against that topic's JSON Schema
 * ({@code src/main/resources/schemas/topics/<topic>.schema.json}, draft 2020-12), and the schemas
 * are strict: a wrong type, a missing field or a field they do not name fails.
 */
class OutputTopicSchemasTest {

    static final List<String> TOPICS = List.of(Topics.CLAIMS, Topics.SIGHTINGS, Topics.DISTINCT_CLAIMS, Topics.ESTIMATES,
            Topics.ESTIMATE_UPDATES, Topics.ALERTS, Topics.LATE_ARTICLES);

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, List<String>> WRITTEN = new HashMap<>();

    @BeforeAll
    static void runTheTopology() throws IOException {
        // The real extractor over the replay timeline (claims, sightings, estimates, alerts) ...
        try (TopologyFixture topology = TopologyFixture.withRealExtractor()) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/replay/timeline.jsonl"), StandardCharsets.UTF_8)) {
                topology.publish(Json.MAPPER.readValue(line, Article.class));
            }
            collect(topology);
        }
        // ... and scripted claims for what it lacks: an article past its window, an undated one set aside in replay
        try (TopologyFixture topology = TopologyFixture.scripted("claimwatch.undated.articles", "late")) {
            topology.publish(article("a1", "AP", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
            topology.publish(article("a2", "CNN", "2024-10-29T08:00:00Z", claim("PRK", "deployed", 12000, "q=at_least", "by=Zelensky")));
            topology.publish(tick("t1", "2024-10-30T12:00:00Z"));
            topology.publish(article("too-late", "Yonhap", "2024-10-28T20:00:00Z", claim("PRK", "deployed", 11000, "by=NIS")));
            topology.publish(article("undated", "Yonhap", null, claim("PRK", "deployed", 11000, "by=NIS")));
            topology.publish(tick("t2", "2024-11-12T00:00:00Z"));
            collect(topology);
        }
    }

    private static void collect(TopologyFixture topology) {
        for (String topic : TOPICS) {
            WRITTEN.computeIfAbsent(topic, t -> new ArrayList<>()).addAll(topology.driver
                    .createOutputTopic(topic, new StringDeserializer(), new StringDeserializer())
                    .readValuesToList().stream().filter(Objects::nonNull).toList()); // a tombstone has no schema
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TOPICS")
    void everyRecordWrittenToTheTopicIsValidAgainstItsSchema(String topic) {
        List<String> records = WRITTEN.get(topic);
        assertFalse(records.isEmpty(), "the run wrote nothing to " + topic);
        Schema schema = schemaOf(topic);
        for (String json : records) {
            List<Error> errors = schema.validate(json, InputFormat.JSON);
            assertTrue(errors.isEmpty(), topic + ": " + errors + " in " + json);
        }
    }

    @Test
    void rejectsAClaimWithAValueOfTheWrongType() {
        String claim = WRITTEN.get(Topics.CLAIMS).get(0).replaceFirst("\"value\":(\\d+)", "\"value\":\"$1\"");

        assertEquals(List.of("/value"), locations(schemaOf(Topics.CLAIMS).validate(claim, InputFormat.JSON)));
    }

    @Test
    void rejectsASightingWithoutItsClaimKey() {
        String sighting = WRITTEN.get(Topics.SIGHTINGS).get(0).replaceFirst("\"claimKey\":\"[^\"]*\",", "");

        List<Error> errors = schemaOf(Topics.SIGHTINGS).validate(sighting, InputFormat.JSON);

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).getMessage().contains("claimKey"), errors.toString());
    }

    @Test
    void rejectsAnEstimateWithARenamedField() {
        String estimate = WRITTEN.get(Topics.ESTIMATES).get(0).replace("\"best\":", "\"bestEstimate\":");

        List<Error> errors = schemaOf(Topics.ESTIMATE_UPDATES).validate(estimate, InputFormat.JSON);

        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("best")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("bestEstimate")), errors.toString());
    }

    @Test
    void rejectsAnAlertOfAnUnknownKind() {
        String alert = WRITTEN.get(Topics.ALERTS).get(0).replaceFirst("\"kind\":\"[a-z_]+\"", "\"kind\":\"NEW_HIGH\"");

        assertEquals(List.of("/kind"), locations(schemaOf(Topics.ALERTS).validate(alert, InputFormat.JSON)));
    }

    private static List<String> locations(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation().toString()).distinct().toList();
    }

    private static Schema schemaOf(String topic) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:schemas/topics/" + topic + ".schema.json"));
    }
}

package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.ingest.Article;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.LOREM;
import static claimwatch.topology.TopologyFixture.article;
import static claimwatch.topology.TopologyFixture.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupTopologyTest {

    private static final String WIRE_BODY = "SEOUL, Oct 18 (Reuters) - North Korea has sent troops to Russia, "
            + claim("PRK", "deployed", 1500, "place=Russia", "by=South Korean intelligence")
            + " South Korea's spy agency said on Friday, the first confirmation of a deployment that the "
            + "allies fear will deepen the war. " + LOREM + LOREM + "The agency said more would follow. " + LOREM;

    private final TopologyFixture topology = TopologyFixture.scripted();

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void dropsAnArticleResentWithTheSameId() {
        // Given an article already processed
        Article a = article("a1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY);
        topology.publish(a);
        // When the feed sends it again
        topology.publish(a);
        // Then it adds nothing
        assertEquals(1, topology.claims.readValuesToList().size());
        assertEquals(1, topology.sightings.readValuesToList().size());
    }

    @Test
    void dropsTheSameTextResentUnderAnotherId() {
        topology.publish(article("a1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));
        topology.publish(article("a1-again", "Reuters", "2024-10-18T08:05:00Z", "  " + WIRE_BODY.toUpperCase() + "\n"));

        assertEquals(List.of("a1"), topology.sightings.readValuesToList().stream().map(ClaimSighting::articleId).toList());
    }

    @Test
    void dropsAClaimRepeatedByASecondOutlet() {
        // Given the wire story, and then the same story republished under another outlet's header and footer
        topology.publish(article("reuters-1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));
        topology.publish(article("yahoo-1", "Yahoo News", "2024-10-18T09:30:00Z",
                "Yahoo News | World | Sign in to follow\n" + WIRE_BODY + "\nReporting by Hyonhee Shin; more from Yahoo"));

        // Then the copy is a mention of the first article, not a corroboration
        List<ClaimSighting> sightings = topology.sightings.readValuesToList();
        assertEquals(2, sightings.size());
        assertNull(sightings.get(0).copyOf());
        assertEquals("reuters-1", sightings.get(1).copyOf());
        DistinctClaim claim = last(topology.distinct.readKeyValuesToMap());
        assertEquals(2, claim.mentions());
        assertEquals(1, claim.independentReports());
        assertEquals(List.of("Reuters", "Yahoo News"), claim.outlets());
        assertEquals("reuters-1", claim.firstArticleId());
    }

    @Test
    void leavesTheFingerprintsBehindOnceASightingIsCounted() {
        topology.publish(article("reuters-1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));
        topology.publish(article("yahoo-1", "Yahoo News", "2024-10-18T09:30:00Z", "Yahoo News\n" + WIRE_BODY));

        List<String> sightings = topology.driver.createOutputTopic(Topics.SIGHTINGS, new StringDeserializer(),
                new StringDeserializer()).readValuesToList();
        // the dedup read them (it found the copy), and claim-sightings does not carry them
        assertTrue(sightings.get(1).contains("\"copyOf\":\"reuters-1\""), sightings.get(1));
        assertTrue(sightings.stream().noneMatch(s -> s.contains("minhash") || s.contains("contentHash")), sightings.toString());
    }

    @Test
    void countsTheSameClaimInTwoIndependentArticlesAsOneDistinctClaimWithTwoReports() {
        topology.publish(article("reuters-1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));
        topology.publish(yonhap("russia"));

        Map<String, DistinctClaim> distinct = topology.distinct.readKeyValuesToMap();
        assertEquals(1, distinct.size(), "the same place however written, and NIS is South Korea's: one claim");
        DistinctClaim claim = last(distinct);
        assertEquals("PRK|deployed|russia|1500|-|KOR", claim.key());
        assertEquals(2, claim.mentions());
        assertEquals(2, claim.independentReports());
        assertEquals(List.of("reuters-1", "yonhap-1"), claim.articles());
    }

    @Test
    void keepsAFigureForAPlaceApartFromTheSameFigureForTheCountryItLiesIn() {
        topology.publish(article("reuters-1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));
        topology.publish(yonhap("Vladivostok"));

        assertEquals(List.of("PRK|deployed|russia|1500|-|KOR", "PRK|deployed|vladivostok|1500|-|KOR"),
                topology.distinct.readKeyValuesToMap().keySet().stream().sorted().toList(),
                "the key says what the article says; that Vladivostok lies in Russia is the trackers' business");
    }

    /** Yonhap's own story of the wire story's figure, from South Korea's intelligence service, placed at {@code place}. */
    private static Article yonhap(String place) {
        return article("yonhap-1", "Yonhap", "2024-10-18T10:00:00Z",
                "The National Intelligence Service told lawmakers that Pyongyang shipped special forces by sea. "
                        + claim("PRK", "deployed", 1500, "place=" + place, "by=NIS")
                        + " Lawmakers asked for a briefing. Defence officials in Seoul met late into the night.");
    }

    @Test
    void keepsTheSameFigureFromDifferentPartiesApart() {
        topology.publish(article("a1", "Reuters", "2024-10-28T08:00:00Z",
                "The Pentagon said " + claim("PRK", "deployed", 10000, "by=Pentagon") + " troops are in Russia."));
        topology.publish(article("a2", "Kyiv Independent", "2024-10-28T09:00:00Z",
                "Zelensky said " + claim("PRK", "deployed", 10000, "by=Zelensky") + " troops are in Russia."));

        assertEquals(2, topology.distinct.readKeyValuesToMap().size());
    }

    @Test
    void writesEveryClaimOfAFreshArticleToClaimsKeyedByArticle() {
        topology.publish(article("a1", "Reuters", "2024-10-28T08:00:00Z", "Some " + claim("PRK", "deployed", 10000)
                + " and " + claim("PRK", "casualties", 200)));

        var claims = topology.claims.readKeyValuesToList();
        assertEquals(2, claims.size());
        assertTrue(claims.stream().allMatch(kv -> kv.key.equals("a1")));
    }

    @Test
    void forgetsADistinctClaimNoArticleHasStatedForTheRetention() {
        try (TopologyFixture topology = TopologyFixture.scripted("claimwatch.distinct.claims.retention", "P30D")) {
            // Given two claims first stated on 1 September, and only the second stated again on the 20th
            topology.publish(article("a1", "Reuters", "2024-09-01T08:00:00Z", "Some " + claim("PRK", "deployed", 1500)));
            topology.publish(article("a2", "Reuters", "2024-09-01T09:00:00Z", "Some " + claim("PRK", "deployed", 3000)));
            topology.publish(article("a3", "AP", "2024-09-20T09:00:00Z", "Again " + claim("PRK", "deployed", 3000)));
            Map<String, DistinctClaim> before = topology.distinct.readKeyValuesToMap();
            String unrepeated = keyOf(before, 1500);
            String repeated = keyOf(before, 3000);

            // When stream time reaches 5 October: 34 days after the first, 15 after the repeat
            topology.publish(tick("t1", "2024-10-05T00:00:00Z"));

            // Then the claim not stated for 30 days is deleted, with a tombstone on the compacted topic
            List<KeyValue<String, DistinctClaim>> changes = topology.distinct.readKeyValuesToList();
            assertTrue(changes.contains(KeyValue.pair(unrepeated, null)), changes.toString());
            assertFalse(changes.stream().anyMatch(kv -> kv.key.equals(repeated)), changes.toString());
            var store = topology.driver.<String, DistinctClaim>getTimestampedKeyValueStore(StoreNames.DISTINCT_CLAIMS);
            assertNull(store.get(unrepeated));
            assertEquals(2, store.get(repeated).value().mentions());
        }
    }

    @Test
    void writesNoChangelogForTheStoresDerivedFromOthers() {
        topology.publish(article("a1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));

        // one changelog record an article (its content) and one a sighting (its row), not two each
        var written = topology.driver.producedTopicNames();
        assertTrue(written.contains("claimwatch-" + StoreNames.SEEN_CONTENT + "-changelog"), written.toString());
        assertTrue(written.contains("claimwatch-" + StoreNames.DISTINCT_CLAIMS + "-changelog"), written.toString());
        assertFalse(written.contains("claimwatch-" + StoreNames.SEEN_ARTICLES + "-changelog"), written.toString());
        assertFalse(written.contains("claimwatch-" + StoreNames.DISTINCT_CLAIMS_LAST_SEEN + "-changelog"), written.toString());
    }

    @Test
    void dropsAnArticleResentWithinTheRetentionAcrossASegmentBoundary() {
        // Given an article five days before a boundary of the dedup stores' segments (2024-01-18, a multiple of 60 days)
        topology.publish(article("a1", "Reuters", "2024-01-13T08:00:00Z", WIRE_BODY));
        // When it comes again ten days later, in the next segment: under its id, and its text under another id
        topology.publish(article("a1", "Reuters", "2024-01-23T08:00:00Z", WIRE_BODY + " Updated."));
        topology.publish(article("a1-again", "Reuters", "2024-01-23T09:00:00Z", WIRE_BODY));

        // Then both are dropped: the lookup spans both segments
        assertEquals(1, topology.claims.readValuesToList().size());
        assertEquals(1, topology.sightings.readValuesToList().size());
    }

    @Test
    void countsAnArticleResentAfterTheRetentionAgainThoughItsSegmentIsStillOnDisk() {
        // Given an article of 19 January, early in a segment of the dedup stores (60 days from 2024-01-18)
        topology.publish(article("a1", "Reuters", "2024-01-19T08:00:00Z", WIRE_BODY));
        // When it comes again 31 days later, past the retention of 30 days but within the same segment
        topology.publish(article("a1", "Reuters", "2024-02-19T08:00:00Z", WIRE_BODY));

        // Then it is new again, as with segments of any length: only the retention around its time is looked at
        assertEquals(2, topology.claims.readValuesToList().size());
        List<ClaimSighting> sightings = topology.sightings.readValuesToList();
        assertEquals(2, sightings.size());
        assertNull(sightings.get(1).copyOf(), "not a copy of a sighting older than the retention");
    }

    @Test
    void keepsTheDedupStoresInSegmentsOfTwoRetentions() throws IOException {
        // Given articles with claims every 10 days for 200 days (Kafka's own segments would be 15 days: 14 of them)
        var config = TopologyFixture.config();
        try (TopologyFixture fixture = TopologyFixture.restartable(config)) {
            java.time.Instant t = java.time.Instant.parse("2024-01-01T08:00:00Z");
            for (int i = 0; i <= 20; i++) {
                fixture.publish(article("a" + i, "Reuters", t.plus(java.time.Duration.ofDays(10L * i)).toString(),
                        "Some " + claim("PRK", "deployed", 1000 + i) + " " + LOREM));
            }
            assertEquals(21, fixture.sightings.readValuesToList().size());

            // Then each dedup store has at most two segments, each starting at a multiple of 60 days
            long interval = java.time.Duration.ofDays(60).toMillis();
            for (String store : List.of(StoreNames.SEEN_ARTICLES, StoreNames.SEEN_CONTENT, StoreNames.CLAIM_SIGHTINGS)) {
                List<Long> starts = segmentStarts(config, store);
                assertFalse(starts.isEmpty(), store);
                assertTrue(starts.size() <= 2, store + ": " + starts);
                assertTrue(starts.stream().allMatch(start -> start % interval == 0), store + ": " + starts);
            }
        }
    }

    /** The start times of a segmented store's segments, from its directories' names ({@code <store>.<start ms>}). */
    private static List<Long> segmentStarts(ClaimwatchConfig config, String store) throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(config.get("state.dir", null)))) {
            return all.filter(Files::isDirectory)
                    .filter(p -> p.getParent().getFileName().toString().equals(store))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(store + "."))
                    .map(name -> Long.parseLong(name.substring(store.length() + 1)))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void remembersTheArticleIdsAfterARestartThatLostTheIdStore() throws IOException {
        // Given an article processed, and the application restarted with its id store gone (it has no changelog)
        var config = TopologyFixture.config("processing.guarantee", "at_least_once");
        TopologyFixture before = TopologyFixture.restartable(config);
        before.publish(article("a1", "Reuters", "2024-10-18T08:00:00Z", WIRE_BODY));
        assertEquals(1, before.sightings.readValuesToList().size());
        before.closeKeepingState();
        deleteStore(config, StoreNames.SEEN_ARTICLES);

        // When the feed sends it again under its id, edited (so only the id tells it is the same article)
        try (TopologyFixture after = TopologyFixture.restartable(config)) {
            after.publish(article("a1", "Reuters", "2024-10-18T10:00:00Z", WIRE_BODY + " Updated at 10:00."));

            // Then it adds nothing: the id was derived again from the content store
            assertEquals(List.of(), after.claims.readValuesToList());
            assertEquals(List.of(), after.sightings.readValuesToList());
        }
    }

    @Test
    void forgetsADistinctClaimAfterARestartThatLostTheTimeIndex() throws IOException {
        // Given a claim stated on 1 September, and the application restarted with its time index gone (no changelog)
        var config = TopologyFixture.config("processing.guarantee", "at_least_once", "claimwatch.distinct.claims.retention", "P30D");
        TopologyFixture before = TopologyFixture.restartable(config);
        before.publish(article("a1", "Reuters", "2024-09-01T08:00:00Z", "Some " + claim("PRK", "deployed", 1500)));
        String key = keyOf(before.distinct.readKeyValuesToMap(), 1500);
        before.closeKeepingState();
        deleteStore(config, StoreNames.DISTINCT_CLAIMS_LAST_SEEN);

        // When stream time reaches 5 October
        try (TopologyFixture after = TopologyFixture.restartable(config)) {
            after.publish(tick("t1", "2024-10-05T00:00:00Z"));

            // Then the claim is deleted, with its tombstone, as without the restart
            assertTrue(after.distinct.readKeyValuesToList().contains(KeyValue.pair(key, null)));
            assertNull(after.driver.getTimestampedKeyValueStore(StoreNames.DISTINCT_CLAIMS).get(key));
        }
    }

    /** Deletes a store's files from the application's state directory, as a wiped or moved task has none. */
    private static void deleteStore(ClaimwatchConfig config, String store) throws IOException {
        List<Path> dirs;
        try (Stream<Path> all = Files.walk(Path.of(config.get("state.dir", null)))) {
            dirs = all.filter(p -> p.getFileName().toString().equals(store) && Files.isDirectory(p)).toList();
        }
        assertFalse(dirs.isEmpty(), "no directory of " + store);
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static String keyOf(Map<String, DistinctClaim> table, long value) {
        return table.values().stream().filter(c -> c.value() == value).findFirst().orElseThrow().key();
    }

    private static DistinctClaim last(Map<String, DistinctClaim> table) {
        return table.values().iterator().next();
    }
}

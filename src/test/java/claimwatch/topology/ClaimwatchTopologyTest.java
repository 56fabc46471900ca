package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.track.WindowEstimate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static claimwatch.topology.TopologyFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The production topology with the real claim extractor, on prose. */
class ClaimwatchTopologyTest {

    private static final String REUTERS_BODY = "WASHINGTON, Oct 28 (Reuters) - The Pentagon said on Monday that about "
            + "10,000 North Korean troops have been sent to train in eastern Russia and will probably help Russian forces "
            + "near Ukraine within the next several weeks. Pentagon spokesperson Sabrina Singh told reporters that some "
            + "of the troops had already moved closer to Ukraine.";

    private final TopologyFixture topology = TopologyFixture.withRealExtractor();

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void countsAReutersStoryRepublishedByTheStraitsTimesAsOneReportWithTwoMentions() {
        // Given the Reuters story, and the Straits Times running it under its own furniture the next morning
        topology.publish(article("reuters", "Reuters", "2024-10-28T17:00:00Z",
                REUTERS_BODY + "\n\nReporting by Idrees Ali; Editing by Leslie Adler"));
        topology.publish(article("st", "The Straits Times", "2024-10-29T02:00:00Z",
                "Follow our live coverage\n\n" + REUTERS_BODY + "\n\nSign up for our newsletter. Copyright 2024 Reuters."));
        // When a later figure moves stream time past the week's grace
        topology.publish(article("kyiv", "Kyiv Independent", "2024-11-05T09:00:00Z", "Ukraine's military intelligence "
                + "chief Kyrylo Budanov said that 11,000 North Korean soldiers are now in Russia's Kursk Oblast."));

        // Then one claim, the Pentagon's, seen twice, corroborated once
        List<ClaimSighting> sightings = topology.sightings.readValuesToList().stream()
                .filter(s -> !s.articleId().equals("kyiv")).toList();
        assertEquals(2, sightings.size());
        assertEquals("PRK|deployed|russia|10000|-|USA", sightings.get(0).claimKey());
        assertNull(sightings.get(0).copyOf());
        assertEquals("reuters", sightings.get(1).copyOf());
        DistinctClaim claim = topology.distinct.readKeyValuesToMap().get("PRK|deployed|russia|10000|-|USA");
        assertEquals(2, claim.mentions());
        assertEquals(1, claim.independentReports());

        // And the series counts the figure once
        List<WindowEstimate> weekly = topology.estimates.readValuesToList().stream()
                .filter(e -> e.tracker().equals("prk-troops-in-russia") && e.window().equals("weekly")).toList();
        assertEquals(1, weekly.size());
        assertEquals(2, weekly.get(0).mentions());
        assertEquals(1, weekly.get(0).figures().size());
        assertEquals(10000L, weekly.get(0).best());
    }
}

package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.track.Figure;
import claimwatch.track.WindowEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A claim's key is what the article says: the trackers configured do not enter it. */
class ClaimKeysTopologyTest {

    private static final String DEFAULT_TRACKERS = """
            tracker.prk-troops-in-russia.force=PRK
            tracker.prk-troops-in-russia.measure=deployed
            tracker.prk-troops-in-russia.place=Russia
            tracker.prk-casualties.force=PRK
            tracker.prk-casualties.measure=casualties
            tracker.rus-casualties.force=RUS
            tracker.rus-casualties.measure=casualties
            """;
    /** A scope inside Russia, under a name that sorts before prk-troops-in-russia. */
    private static final String KURSK_FRONT = """
            tracker.kursk-front.force=PRK
            tracker.kursk-front.measure=deployed
            tracker.kursk-front.place=Kursk
            tracker.kursk-front.unplaced.included=false
            """;

    @TempDir
    Path dir;

    @Test
    void addingATrackerWithANewScopeOrRenamingOneLeavesEveryClaimKeyAsItWas() throws IOException {
        Keys before = keys(DEFAULT_TRACKERS);
        Keys added = keys(DEFAULT_TRACKERS + KURSK_FRONT);
        // renamed so that the Russia series now sorts before kursk-front
        Keys renamed = keys((DEFAULT_TRACKERS + KURSK_FRONT).replace("prk-troops-in-russia", "all-prk-troops-in-russia"));

        assertEquals(before, added);
        assertEquals(before, renamed);
        assertEquals(Set.of("PRK|deployed|sudzha|11000|-|UKR", "PRK|deployed|kursk|12000|-|UKR",
                "PRK|deployed|russia|10000|-|USA", "PRK|deployed|vladivostok|1500|-|KOR", "PRK|deployed|kyiv|50|-|UKR",
                "PRK|deployed|-|3000|-|USA", "PRK|deployed|atlantis|7|-|UNATTRIBUTED", "PRK|casualties|kursk|1200|-|UKR",
                "RUS|casualties|sudzha|300|-|UKR"), before.distinct());
    }

    @Test
    void aNewTrackerCountsTheClaimsWithinItsScopeUnderTheirOwnKeys() throws IOException {
        try (TopologyFixture topology = fixture(DEFAULT_TRACKERS + KURSK_FRONT)) {
            publishAll(topology);
            assertEquals(Set.of("PRK|deployed|sudzha|11000|-|UKR", "PRK|deployed|kursk|12000|-|UKR"),
                    counted(topology.updates.readValuesToList(), "kursk-front"));
        }
        try (TopologyFixture topology = fixture(DEFAULT_TRACKERS)) {
            publishAll(topology);
            Set<String> inRussia = counted(topology.updates.readValuesToList(), "prk-troops-in-russia");
            assertEquals(Set.of("PRK|deployed|sudzha|11000|-|UKR", "PRK|deployed|kursk|12000|-|UKR",
                    "PRK|deployed|russia|10000|-|USA", "PRK|deployed|vladivostok|1500|-|KOR", "PRK|deployed|-|3000|-|USA"), inRussia);
        }
    }

    /** The claim keys of every sighting (article and key) and of every distinct claim. */
    private record Keys(List<String> sightings, Set<String> distinct) {
    }

    private Keys keys(String trackers) throws IOException {
        try (TopologyFixture topology = fixture(trackers)) {
            publishAll(topology);
            List<String> sightings = topology.sightings.readValuesToList().stream()
                    .map(s -> s.articleId() + " " + s.claimKey()).toList();
            return new Keys(sightings, new TreeSet<>(topology.distinct.readKeyValuesToMap().keySet()));
        }
    }

    private TopologyFixture fixture(String trackers) throws IOException {
        Path file = Files.createTempFile(dir, "trackers-", ".properties");
        Files.writeString(file, trackers);
        return TopologyFixture.scripted("claimwatch.trackers.file", file.toString());
    }

    private static void publishAll(TopologyFixture topology) {
        String[][] claims = {
                {"PRK", "deployed", "11000", "place=Sudzha", "by=Ukraine's military intelligence"},
                {"PRK", "deployed", "12000", "place=Kursk Oblast", "by=Zelensky"},
                {"PRK", "deployed", "10000", "place=Russia", "by=Pentagon"},
                {"PRK", "deployed", "1500", "place=Vladivostok", "by=NIS"},
                {"PRK", "deployed", "50", "place=Kiev", "by=Zelensky"},
                {"PRK", "deployed", "3000", "by=Pentagon"},
                {"PRK", "deployed", "7", "place=Atlantis"},
                {"PRK", "casualties", "1200", "place=Kursk", "by=Zelensky"},
                {"RUS", "casualties", "300", "place=Sudzha", "by=Zelensky"},
        };
        for (int i = 0; i < claims.length; i++) {
            String[] c = claims[i];
            String[] options = List.of(c).subList(3, c.length).toArray(String[]::new);
            topology.publish(article("a" + i, "Outlet " + i, "2024-10-28T0" + i + ":00:00Z",
                    "Article " + i + " says " + claim(c[0], c[1], Long.parseLong(c[2]), options) + " on the day."));
        }
    }

    private static Set<String> counted(List<WindowEstimate> updates, String tracker) {
        Set<String> keys = new TreeSet<>();
        updates.stream().filter(e -> e.tracker().equals(tracker))
                .forEach(e -> e.figures().stream().map(Figure::claimKey).forEach(keys::add));
        return keys;
    }
}

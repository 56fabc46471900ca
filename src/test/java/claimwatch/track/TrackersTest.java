package claimwatch.track;

import claimwatch.dedup.ClaimSighting;
import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrackersTest {

    private final Trackers trackers = new Trackers(Trackers.load(null), GazetteerPlaces.defaults());

    @Test
    void loadsTheDefaultSeries() {
        assertEquals(List.of("prk-casualties", "prk-troops-in-russia", "rus-casualties"),
                trackers.all().stream().map(Tracker::name).toList());
        Tracker troops = trackers.all().get(1);
        assertEquals(new Tracker("prk-troops-in-russia", "North Korean troops in Russia", "PRK", Measure.DEPLOYED, "Russia", true),
                troops);
    }

    @Test
    void addsASeriesFromFourLinesOfConfiguration() throws Exception {
        Properties props = new Properties();
        props.load(new StringReader("""
                tracker.ukr-killed.title=Ukrainian soldiers killed
                tracker.ukr-killed.force=ukr
                tracker.ukr-killed.measure=killed
                tracker.ukr-killed.place=Ukraine
                tracker.ukr-killed.unplaced.included=false
                """));
        assertEquals(List.of(new Tracker("ukr-killed", "Ukrainian soldiers killed", "UKR", Measure.KILLED, "Ukraine", false)),
                Trackers.parse(props));
    }

    @Test
    void refusesAnUnknownMeasureWithTheKey() {
        Properties props = new Properties();
        props.setProperty("tracker.x.force", "PRK");
        props.setProperty("tracker.x.measure", "sent");
        var e = assertThrows(IllegalArgumentException.class, () -> Trackers.parse(props));
        assertEquals("tracker.x.measure=sent is none of deployed, killed, wounded, casualties, captured", e.getMessage());
    }

    @Test
    void matchesAClaimInKurskToTheSeriesInRussia() {
        assertEquals(List.of("prk-troops-in-russia"), names(sighting("PRK", Measure.DEPLOYED, "Kursk")));
        assertEquals(List.of("prk-troops-in-russia"), names(sighting("PRK", Measure.DEPLOYED, "Vladivostok")));
        assertEquals(List.of("prk-troops-in-russia"), names(sighting("PRK", Measure.DEPLOYED, null)));
        assertEquals(List.of(), names(sighting("PRK", Measure.DEPLOYED, "Ukraine")));
        assertEquals(List.of("prk-casualties"), names(sighting("PRK", Measure.CASUALTIES, "Kursk")));
        assertEquals(List.of(), names(sighting("PRK", Measure.KILLED, "Kursk")));
    }

    private List<String> names(ClaimSighting s) {
        return trackers.matching(s).stream().map(Tracker::name).toList();
    }

    private static ClaimSighting sighting(String force, Measure measure, String location) {
        Claim claim = new Claim("a", force, measure, 100L, null, Qualifier.EXACT, location, null, null, Kind.TOTAL, null, "100", null, null);
        return new ClaimSighting("k", "a", null, null, "UNATTRIBUTED", location, null, claim, null);
    }
}

package claimwatch.serve;

import claimwatch.extract.Measure;
import claimwatch.track.Tracker;

import java.util.List;

/** A tracked series as {@code /api/trackers} lists it, with the windows its timeline can be asked for. */
record TrackerView(String name, String title, String force, Measure measure, String place, List<String> windows,
                   String timeline) {

    static TrackerView of(Tracker t, List<String> windows) {
        return new TrackerView(t.name(), t.title(), t.force(), t.measure(), t.place(), windows,
                "/api/trackers/" + t.name() + "/timeline");
    }
}

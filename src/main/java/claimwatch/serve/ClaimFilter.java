package claimwatch.serve;

import claimwatch.dedup.DistinctClaim;
import claimwatch.track.Places;
import claimwatch.track.Tracker;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Which distinct claims a {@code /api/claims} request asks for: those of a tracked series (its force,
 * measure and place scope, as the topology assigns sightings to series), of one party, seen within a
 * time range (first seen before its end, last seen after its start). Every part is optional.
 */
record ClaimFilter(Tracker tracker, Places places, String party, Instant from, Instant to) implements Predicate<DistinctClaim> {

    @Override
    public boolean test(DistinctClaim c) {
        return (tracker == null || inSeries(c))
                && (party == null || party.equals(c.party()))
                && (from == null || (c.lastSeen() != null && !c.lastSeen().isBefore(from)))
                && (to == null || (c.firstSeen() != null && c.firstSeen().isBefore(to)));
    }

    private boolean inSeries(DistinctClaim c) {
        if (!tracker.force().equalsIgnoreCase(String.valueOf(c.force())) || tracker.measure() != c.measure()) {
            return false;
        }
        if (tracker.place() == null) {
            return true;
        }
        if (c.place() == null) {
            return tracker.includeUnplaced();
        }
        return places.within(c.place(), tracker.place());
    }
}

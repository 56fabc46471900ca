package claimwatch.serve;

import claimwatch.dedup.DistinctClaim;
import claimwatch.track.Places;
import claimwatch.track.Tracker;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Which distinct claims a {@code /api/claims} request asks for: those a tracked series counts
 * ({@link Tracker#counts}, the rule the topology assigns sightings to series by), of one party, seen
 * within a time range (first seen before its end, last seen after its start). Every part is optional.
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
        return tracker.counts(c.force(), c.measure(), c.place(), places);
    }
}

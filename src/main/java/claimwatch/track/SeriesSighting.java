package claimwatch.track;

import claimwatch.dedup.ClaimSighting;

import java.time.Instant;
import java.util.SortedMap;

/**
 * A sighting on its way into a series' window, with the named parties' totals in force when that
 * window opens (see {@link InForce}); or, with no sighting, only those totals, when a late article
 * changed an earlier window of the series.
 *
 * @param windowStart the start of the window it belongs to
 * @param sighting    the sighting, or null for an update of the carried totals only
 * @param carried     the named parties' totals in force from earlier windows, by party
 */
public record SeriesSighting(Instant windowStart, ClaimSighting sighting, SortedMap<String, Figure> carried) {
}

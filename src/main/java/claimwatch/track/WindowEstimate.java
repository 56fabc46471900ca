package claimwatch.track;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * What was claimed about one tracked series in one event-time window: a row of {@code estimates}
 * (final, once the window closes) and of the running view ({@code estimate-updates} topic and the
 * {@code estimates-running-<window>} window stores, which hold this record as the aggregate). Key: the tracker's name.
 *
 * <p>Statistics are over the window's distinct claims with a numeric value, each counted once
 * however many independent articles report it ({@link Figure#reports()} says how many): copies of a
 * wire story and vague amounts ("thousands") count in {@code mentions} only. One figure per claim
 * also keeps the window's state as small as the number of distinct claims.
 *
 * <p>Low / best / high, UCDP style, from {@code byParty} (one voice per party, so a figure repeated by
 * twenty outlets does not outvote one repeated by two), leaving out parties whose figure only restates
 * an older claim unless no party says anything new:
 * <ul>
 *   <li>{@code low}: the lowest of the parties' latest figures (a range's low end);</li>
 *   <li>{@code high}: the highest of them (a range's high end);</li>
 *   <li>{@code best}: the median of the parties' latest figures, the lower middle one when the count is
 *       even; a party's figure is a range's midpoint. With a single party, its latest figure.</li>
 * </ul>
 *
 * @param tracker         the tracker's name
 * @param title           the tracker's title ("North Korean troops in Russia")
 * @param window          the window spec's name ({@code daily}, {@code weekly})
 * @param claims          distinct claims (claim keys) in the window
 * @param mentions        sightings in the window, copies included
 * @param distinctOutlets outlets that published a sighting in the window
 * @param min             lowest value claimed
 * @param max             highest value claimed (a range's high end)
 * @param median          median of the claims' values, the lower middle one for an even count
 * @param latest          the current figure: the most recently reported one, a figure first claimed in
 *                        this window before an older one restated
 * @param byParty         each party's current figure (chosen as {@code latest} is), by party code, sorted
 * @param outlets         the outlets behind the mentions, sorted
 * @param figures         one figure per distinct numeric claim in the window, as last reported, in
 *                        publication order: the window's state, from which the statistics are computed
 */
public record WindowEstimate(
        String tracker,
        String title,
        String window,
        Instant windowStart,
        Instant windowEnd,
        long claims,
        long mentions,
        int distinctOutlets,
        Long min,
        Long max,
        Long median,
        Figure latest,
        SortedMap<String, Figure> byParty,
        Long low,
        Long best,
        Long high,
        List<String> outlets,
        List<Figure> figures) {
}

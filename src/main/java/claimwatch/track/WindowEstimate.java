package claimwatch.track;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * What was claimed about one tracked series in one event-time window: a row of {@code estimates}
 * (final, once the window closes) and of the running view ({@code estimate-updates} topic); the
 * {@code estimates-<window>} window stores hold this record as the aggregate. Key: the tracker's name.
 *
 * <p>Statistics are over the window's distinct claims with a numeric value, each counted once
 * however many independent articles report it ({@link Figure#reports()} says how many): copies of a
 * wire story and vague amounts ("thousands") count in {@code mentions} only. One figure per claim
 * also keeps the window's state as small as the number of distinct claims. Only totals set an
 * estimate: increments, plans and recalled figures count in {@code claims} and {@code mentions} and
 * are listed in {@code notTotals}, never in {@code byParty} or low / best / high.
 *
 * <p>Low / best / high, UCDP style, from {@code byParty}: each party's total in force ({@link InForce}),
 * one voice per party, so a figure repeated by twenty outlets does not outvote one repeated by two. A
 * named party's latest total stays in force, carried from earlier windows, until it states a new one:
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
 * @param claims          distinct claims (claim keys) in the window: the figures kept plus {@code figuresDropped}
 *                        (a claim let go and reported again is counted again)
 * @param mentions        sightings in the window, copies included
 * @param distinctOutlets outlets that published a sighting in the window: the outlets kept plus
 *                        {@code outletsDropped} (an outlet let go and seen again is counted again)
 * @param min             lowest total claimed in the window (strays aside)
 * @param max             highest total claimed in the window (a range's high end)
 * @param median          median of the window's totals, the lower middle one for an even count
 * @param latest          the window's current total: the most recently reported one, a figure first
 *                        claimed in this window before an older one restated
 * @param byParty         each party's total in force, by party code, sorted: stated in the window (chosen as
 *                        {@code latest} is), or carried from an earlier one ({@link Figure#carried()} true,
 *                        {@code publishedAt} its own, before the window)
 * @param outlets         the outlets behind the mentions, sorted; at most {@code claimwatch.window.max.outlets}
 *                        (50): beyond, those with the most mentions (Space-Saving: an outlet with more than
 *                        {@code mentions / max} of them is always kept)
 * @param figures         one figure per distinct numeric claim in the window, as last reported, in
 *                        publication order, any kind: the window's state, from which the statistics are computed;
 *                        at most {@code claimwatch.window.max.figures} (100): beyond, each party's figure in force
 *                        and the most recently published others, and the statistics are those of the figures kept
 * @param carried         the named parties' totals in force when the window opened, as the series knew them
 *                        when the window last changed: the rest of the state
 * @param notTotals       the window's increments, plans and recalled figures ({@link Figure#kind()}), in
 *                        publication order
 * @param strays          the window's totals far below the others in force, left out of every statistic
 * @param outletMentions  mentions by each outlet in {@code outlets}, summing to the mentions that name an outlet:
 *                        exact while the window has no more outlets than it keeps; beyond, an outlet that took
 *                        the place of another also holds that one's mentions (an upper bound of its own)
 * @param outletsDropped  outlets let go to keep the window within {@code claimwatch.window.max.outlets}, their
 *                        mentions handed on to the outlet that took their place; 0 while there is room
 * @param figuresDropped  figures let go to keep the window within {@code claimwatch.window.max.figures}, the
 *                        oldest that were no party's figure in force; 0 while it has no more claims than that
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
        List<Figure> figures,
        SortedMap<String, Figure> carried,
        List<Figure> notTotals,
        List<Figure> strays,
        SortedMap<String, Long> outletMentions,
        int outletsDropped,
        long figuresDropped) {
}

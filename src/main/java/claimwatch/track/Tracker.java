package claimwatch.track;

import claimwatch.extract.Measure;

/**
 * A series to follow over time, from {@code config/trackers.properties}: claims about {@code force}
 * personnel with {@code measure}, located within {@code place}.
 *
 * @param name            the id of the series, e.g. {@code prk-troops-in-russia}; the Kafka key of its estimates
 * @param title           how a sentence names it: "North Korean troops in Russia"
 * @param force           ISO alpha-3 of the counted personnel (PRK)
 * @param measure         deployed, killed, wounded, casualties, captured
 * @param place           the place scope ("Russia"); null for anywhere
 * @param includeUnplaced whether a claim that names no place counts (most "North Korea sent 10,000
 *                        troops" stories leave the place implicit)
 */
public record Tracker(String name, String title, String force, Measure measure, String place, boolean includeUnplaced) {

    /**
     * Whether a claim is a figure of this series: its force and measure, and its place within the
     * scope (a claim naming no place counts unless {@code includeUnplaced} is false). The one rule
     * for both the topology's tracking ({@link Trackers#matching}) and {@code /api/claims?tracker=};
     * it reads only parts of the claim's key, so every sighting of a claim decides alike.
     *
     * @param place the claim's canonical place ({@code ClaimSighting.place}, {@code DistinctClaim.place}), or null
     */
    public boolean counts(String force, Measure measure, String place, Places places) {
        if (!this.force.equalsIgnoreCase(String.valueOf(force)) || this.measure != measure) {
            return false;
        }
        if (this.place == null) {
            return true;
        }
        if (place == null) {
            return includeUnplaced;
        }
        return places.within(place, this.place);
    }
}

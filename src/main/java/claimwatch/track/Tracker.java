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
}

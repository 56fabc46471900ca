package claimwatch.alert;

import claimwatch.track.Figure;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the alert rules remember of a series between its windows (the {@code alert-state} store).
 *
 * @param high        the highest figure so far, or null before the first one
 * @param byParty     each party's latest total stated so far (what {@code change} compares with; never a carried, restated or non-total figure)
 * @param divergence  the pair of parties diverging in the last window with two named parties ("UKR>RUS"), or null
 */
public record SeriesMemory(Figure high, SortedMap<String, Figure> byParty, String divergence) {

    public static SeriesMemory empty() {
        return new SeriesMemory(null, new TreeMap<>(), null);
    }
}

package claimwatch.track;

import claimwatch.extract.Gazetteer;

/** {@link Places} over the extractor's gazetteer and its place hierarchy (Sudzha → Kursk → Russia). */
public final class GazetteerPlaces implements Places {

    private final Gazetteer gazetteer;

    public GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static GazetteerPlaces defaults() {
        return new GazetteerPlaces(Gazetteer.defaults());
    }

    @Override
    public boolean within(String place, String scope) {
        if (place == null || scope == null) {
            return false;
        }
        return Places.key(place).equals(Places.key(scope)) || gazetteer.within(place, scope);
    }

    /** The gazetteer's name of the place ("Kiev" gives "Kyiv", "kursk oblast" gives "Kursk"); a name it does not know, as written. */
    @Override
    public String canonical(String place) {
        String known = place == null ? null : gazetteer.canonical(place);
        return known != null ? known : Places.super.canonical(place);
    }
}

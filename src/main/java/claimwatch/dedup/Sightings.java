package claimwatch.dedup;

import claimwatch.extract.Claim;
import claimwatch.track.Parties;
import claimwatch.track.Places;

import java.util.List;

/** Turns an extracted claim into a sighting with its canonical key: place rolled up, attribution resolved to a party. */
public final class Sightings {

    private final Parties parties;
    private final Places places;
    private final List<String> scopes;

    public Sightings(Parties parties, Places places, List<String> scopes) {
        this.parties = parties;
        this.places = places;
        this.scopes = List.copyOf(scopes);
    }

    public ClaimKey keyOf(Claim claim) {
        return new ClaimKey(claim.force(), claim.measure(), places.rollUp(claim.location(), scopes),
                claim.value(), claim.high(), parties.partyOf(claim.attributedTo()));
    }

    public ClaimSighting of(Claim claim, FreshArticle fresh) {
        ClaimKey key = keyOf(claim);
        return new ClaimSighting(key.id(), fresh.article().id(), fresh.article().source(), fresh.article().publishedAt(),
                key.party(), key.place(), null, fresh.print().contentHash(), fresh.print().minhash(), claim, null);
    }
}

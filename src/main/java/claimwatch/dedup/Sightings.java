package claimwatch.dedup;

import claimwatch.extract.Claim;
import claimwatch.ingest.Article;
import claimwatch.track.Parties;
import claimwatch.track.Places;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an extracted claim into a sighting with its canonical key: what the article says, its place
 * by its canonical name ("Kiev" is Kyiv) but never widened to a tracker's scope, attribution resolved
 * to a party. Nothing in the key depends on which trackers are configured: adding or renaming one
 * leaves every claim's dedup memory, first-seen time and distinct-claims row where it was.
 */
public final class Sightings {

    private final Parties parties;
    private final Places places;

    public Sightings(Parties parties, Places places) {
        this.parties = parties;
        this.places = places;
    }

    public ClaimKey keyOf(Claim claim) {
        return new ClaimKey(claim.force(), claim.measure(), places.canonical(claim.location()),
                claim.value(), claim.high(), partyOf(claim), claim.kind());
    }

    /** The extractor's party for the claim's speaker; a name it left without one is looked up in {@code parties.txt}. */
    private String partyOf(Claim claim) {
        return claim.attributedParty() != null ? claim.attributedParty() : parties.partyOf(claim.attributedTo());
    }

    /**
     * The sightings of an article's claims. The article's MinHash signature, which only the claims'
     * dedup needs, is computed here, once, and only for an article that states a claim.
     */
    public List<ExtractedSighting> of(List<Claim> claims, FreshArticle fresh) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Article article = fresh.article();
        String minhash = Fingerprints.minhashOfNormal(fresh.normalText());
        List<ExtractedSighting> sightings = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            ClaimKey key = keyOf(claim);
            sightings.add(new ExtractedSighting(key.id(), article.id(), article.source(), article.publishedAt(),
                    key.party(), key.place(), fresh.contentHash(), minhash, claim));
        }
        return sightings;
    }
}

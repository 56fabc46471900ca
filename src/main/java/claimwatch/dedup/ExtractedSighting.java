package claimwatch.dedup;

import claimwatch.extract.Claim;

import java.time.Instant;

/**
 * One claim read in one article, on its way to the dedup (the {@code by-claim} repartition topic):
 * what {@link Sightings} made of the extracted claim, with the article's fingerprints, which only
 * the dedup reads. What leaves the dedup is a {@link ClaimSighting}: marked as a copy or not, with
 * its claim's first-seen time, without the fingerprints.
 *
 * @param claimKey    {@link ClaimKey#id()} of the claim
 * @param articleId   the article it was read in
 * @param source      the outlet that published the article
 * @param publishedAt the article's publication time (event time)
 * @param party       the party behind the attribution (see {@link ClaimSighting#party()})
 * @param place       the claim's place as keyed (see {@link ClaimSighting#place()}), or null
 * @param contentHash hash of the article's normalised text: equal hashes are the same article re-sent
 * @param minhash     MinHash signature of the article's word shingles (Base64): a high share of equal
 *                    values is a near-duplicate
 * @param claim       the claim as extracted
 */
public record ExtractedSighting(
        String claimKey,
        String articleId,
        String source,
        Instant publishedAt,
        String party,
        String place,
        String contentHash,
        String minhash,
        Claim claim) {

    /**
     * The sighting as it leaves the dedup for {@code claim-sightings} and the trackers: a copy of
     * {@code copyOf} (null for an independent report), with its claim's first-seen time.
     */
    public ClaimSighting counted(String copyOf, Instant claimFirstSeen) {
        return new ClaimSighting(claimKey, articleId, source, publishedAt, party, place, copyOf, claim, claimFirstSeen);
    }
}

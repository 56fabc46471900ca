package claimwatch.dedup;

import claimwatch.extract.Claim;

import java.time.Instant;

/**
 * One claim seen in one article: a row of the {@code claim-sightings} topic (like GDELT's mentions
 * table). Key on the topic: {@link #claimKey()}.
 *
 * @param claimKey    {@link ClaimKey#id()} of the claim
 * @param articleId   the article it was read in
 * @param source      the outlet that published the article
 * @param publishedAt the article's publication time (event time)
 * @param party       the party behind the attribution (USA, KOR, UKR, RUS, NATO, ...), {@code UNATTRIBUTED}
 *                    when the article says it in its own voice, {@code OTHER} when the source is not in
 *                    {@code track/parties.txt}
 * @param place       the claim's place by its canonical name ("Kiev" becomes "Kyiv"; "Kursk" stays "Kursk"), as in
 *                    its key, or null. Trackers decide by containment on it ({@code Tracker.counts})
 * @param copyOf      the id of the first article this one is a near-duplicate of (same wire story under
 *                    another header and footer), else null: a copy is a mention, not a corroboration
 * @param contentHash hash of the article's normalised text: equal hashes are the same article re-sent.
 *                    Only the dedup reads it: null once the sighting has been counted ({@link #counted})
 * @param minhash     MinHash signature of the article's word shingles (Base64): a high share of equal
 *                    values is a near-duplicate. Like {@code contentHash}, null once counted
 * @param claim       the claim as extracted
 * @param claimFirstSeen the publication time of the earliest sighting of this claim still remembered
 *                    (dedup retention): before this article's own time, the article restates an older
 *                    figure ("up from 3,000 last week") rather than giving a new one. Set where the
 *                    claim's sightings meet; null before.
 */
public record ClaimSighting(
        String claimKey,
        String articleId,
        String source,
        Instant publishedAt,
        String party,
        String place,
        String copyOf,
        String contentHash,
        String minhash,
        Claim claim,
        Instant claimFirstSeen) {

    /** True when the article is not a copy of an earlier one: this sighting corroborates the claim. */
    public boolean independent() {
        return copyOf == null;
    }

    public ClaimSighting asCopyOf(String originalArticleId) {
        return new ClaimSighting(claimKey, articleId, source, publishedAt, party, place, originalArticleId,
                contentHash, minhash, claim, claimFirstSeen);
    }

    /**
     * The sighting as it leaves the dedup for {@code claim-sightings} and the trackers: with its
     * claim's first-seen time, and without the fingerprints, which nothing after the dedup reads
     * (a third of the record's bytes, written again to every topic downstream).
     */
    public ClaimSighting counted(Instant firstSeen) {
        return new ClaimSighting(claimKey, articleId, source, publishedAt, party, place, copyOf,
                null, null, claim, firstSeen);
    }

    /** True when the claim was seen before {@code since}: this sighting restates an older figure. */
    public boolean restatedBefore(Instant since) {
        return claimFirstSeen != null && since != null && claimFirstSeen.isBefore(since);
    }
}

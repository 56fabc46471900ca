package claimwatch.dedup;

import claimwatch.extract.Claim;

import java.time.Instant;

/**
 * One claim seen in one article, as counted by the dedup: a row of the {@code claim-sightings} topic
 * (like GDELT's mentions table) and what the trackers read. Key on the topic: {@link #claimKey()}.
 * Before the dedup it is an {@link ExtractedSighting}, with the article's fingerprints instead of
 * {@code copyOf} and {@code claimFirstSeen}.
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
 * @param claim       the claim as extracted
 * @param claimFirstSeen the publication time of the earliest sighting of this claim still remembered
 *                    (dedup retention): before this article's own time, the article restates an older
 *                    figure ("up from 3,000 last week") rather than giving a new one. Set where the
 *                    claim's sightings meet.
 */
public record ClaimSighting(
        String claimKey,
        String articleId,
        String source,
        Instant publishedAt,
        String party,
        String place,
        String copyOf,
        Claim claim,
        Instant claimFirstSeen) {

    /** True when the article is not a copy of an earlier one: this sighting corroborates the claim. */
    public boolean independent() {
        return copyOf == null;
    }

    /** True when the claim was seen before {@code since}: this sighting restates an older figure. */
    public boolean restatedBefore(Instant since) {
        return claimFirstSeen != null && since != null && claimFirstSeen.isBefore(since);
    }
}

package claimwatch.dedup;

import claimwatch.extract.Kind;
import claimwatch.extract.Measure;

import java.time.Instant;
import java.util.List;

/**
 * A claim however often it was repeated: a row of the compacted {@code distinct-claims} topic and of
 * the {@code distinct-claims} store. Key: {@link ClaimKey#id()}.
 *
 * @param key                 {@link ClaimKey#id()}
 * @param party               the party behind the claim (the extractor's {@code attributedParty}), UNATTRIBUTED or OTHER
 * @param kind                total, increment, planned or recalled, as the first sighting read it
 * @param firstSeen           publication time of the earliest article stating it
 * @param lastSeen            publication time of the latest
 * @param mentions            sightings, copies of wire stories included
 * @param independentReports  sightings in articles that are not copies of another article
 * @param distinctOutlets     number of outlets that published it
 * @param outlets             those outlets, sorted
 * @param articles            the article ids, sorted; at most {@link #MAX_ARTICLES} of them ({@code mentions} has the count)
 * @param firstArticleId      the article that stated it first
 * @param sentence            the sentence it was read from in that article
 */
public record DistinctClaim(
        String key,
        String force,
        Measure measure,
        String place,
        Long value,
        Long high,
        String party,
        Kind kind,
        Instant firstSeen,
        Instant lastSeen,
        long mentions,
        long independentReports,
        int distinctOutlets,
        List<String> outlets,
        List<String> articles,
        String firstArticleId,
        String sentence) {

    /** A claim syndicated to thousands of sites keeps a bounded record. */
    public static final int MAX_ARTICLES = 200;

    public DistinctClaim {
        kind = kind == null ? Kind.TOTAL : kind; // records written before claims had a kind
    }
}

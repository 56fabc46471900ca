package claimwatch.dedup;

import java.time.Instant;

/** What the claim-dedup store remembers of an earlier sighting of a claim: enough to tell a repeat or a copy. */
public record SeenSighting(String articleId, String contentHash, String minhash, Instant publishedAt, String copyOf) {

    /** What is remembered of {@code s}, counted as a copy of {@code copyOf} (null for an independent report). */
    public static SeenSighting of(ExtractedSighting s, String copyOf) {
        return new SeenSighting(s.articleId(), s.contentHash(), s.minhash(), s.publishedAt(), copyOf);
    }

    /** The first article of the story this sighting belongs to. */
    public String original() {
        return copyOf != null ? copyOf : articleId;
    }
}

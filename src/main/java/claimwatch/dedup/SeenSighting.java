package claimwatch.dedup;

import java.time.Instant;

/** What the claim-dedup store remembers of an earlier sighting of a claim: enough to tell a repeat or a copy. */
public record SeenSighting(String articleId, String contentHash, String minhash, Instant publishedAt, String copyOf) {

    public static SeenSighting of(ClaimSighting s) {
        return new SeenSighting(s.articleId(), s.contentHash(), s.minhash(), s.publishedAt(), s.copyOf());
    }

    /** The first article of the story this sighting belongs to. */
    public String original() {
        return copyOf != null ? copyOf : articleId;
    }
}

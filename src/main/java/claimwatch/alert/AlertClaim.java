package claimwatch.alert;

import claimwatch.track.Figure;

import java.time.Instant;

/**
 * A claim behind an alert: which claim, the article it was last read in, and the sentence, so a
 * reader can check the alert against what was said.
 *
 * @param claimKey    the claim's key ({@code ClaimKey.id()}), as on {@code claim-sightings} and {@code distinct-claims}
 * @param sentence    the evidence sentence
 */
public record AlertClaim(String claimKey, String articleId, String source, Instant publishedAt, String sentence) {

    static AlertClaim of(Figure f) {
        return new AlertClaim(f.claimKey(), f.articleId(), f.source(), f.publishedAt(), f.sentence());
    }
}

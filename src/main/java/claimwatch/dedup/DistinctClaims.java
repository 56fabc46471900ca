package claimwatch.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Folds the sightings of one claim into its {@link DistinctClaim}. */
public final class DistinctClaims {

    private DistinctClaims() {
    }

    /** {@code current} is null for the claim's first sighting. */
    public static DistinctClaim add(DistinctClaim current, ClaimSighting s) {
        if (current == null) {
            var c = s.claim();
            return new DistinctClaim(s.claimKey(), c.force(), c.measure(), s.place(), c.value(), c.high(), s.party(),
                    c.kind(), s.publishedAt(), s.publishedAt(), 1, s.independent() ? 1 : 0,
                    s.source() == null ? 0 : 1,
                    s.source() == null ? List.of() : List.of(s.source()),
                    List.of(s.articleId()),
                    s.articleId(), c.evidence() == null ? null : c.evidence().sentence());
        }
        TreeSet<String> outlets = new TreeSet<>(current.outlets());
        if (s.source() != null) {
            outlets.add(s.source());
        }
        TreeSet<String> articles = new TreeSet<>(current.articles());
        if (articles.size() < DistinctClaim.MAX_ARTICLES) {
            articles.add(s.articleId());
        }
        boolean earlier = isEarlier(s, current);
        return new DistinctClaim(current.key(), current.force(), current.measure(), current.place(), current.value(),
                current.high(), current.party(), current.kind(),
                earlier ? s.publishedAt() : current.firstSeen(),
                later(current.lastSeen(), s.publishedAt()),
                current.mentions() + 1,
                current.independentReports() + (s.independent() ? 1 : 0),
                outlets.size(), List.copyOf(outlets), new ArrayList<>(articles),
                earlier ? s.articleId() : current.firstArticleId(),
                earlier && s.claim().evidence() != null ? s.claim().evidence().sentence() : current.sentence());
    }

    private static boolean isEarlier(ClaimSighting s, DistinctClaim current) {
        if (s.publishedAt() == null) {
            return false;
        }
        if (current.firstSeen() == null || s.publishedAt().isBefore(current.firstSeen())) {
            return true;
        }
        return s.publishedAt().equals(current.firstSeen()) && s.articleId().compareTo(current.firstArticleId()) < 0;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

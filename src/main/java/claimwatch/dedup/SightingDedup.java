package claimwatch.dedup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules for a new sighting of a claim, given the earlier sightings of the same claim: a
 * repeat (same article id, or the same text under another id) adds nothing; a near-duplicate of
 * an earlier article (estimated shingle similarity at least {@code minSimilarity}) is a copy of that story's first
 * article; anything else is an independent report.
 */
public final class SightingDedup {

    public enum Verdict { REPEAT, COPY, INDEPENDENT }

    public record Decision(Verdict verdict, String copyOf) {
        static final Decision REPEAT = new Decision(Verdict.REPEAT, null);
        static final Decision INDEPENDENT = new Decision(Verdict.INDEPENDENT, null);
    }

    private static final Comparator<SeenSighting> FIRST_PUBLISHED = Comparator
            .comparing(SeenSighting::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SeenSighting::articleId);

    private final double minSimilarity;

    public SightingDedup(double minSimilarity) {
        this.minSimilarity = minSimilarity;
    }

    public Decision decide(ExtractedSighting candidate, List<SeenSighting> earlier) {
        if (isDuplicate(candidate, earlier)) {
            return Decision.REPEAT;
        }
        Optional<SeenSighting> story = earlier.stream()
                .filter(seen -> Fingerprints.similarity(seen.minhash(), candidate.minhash()) >= minSimilarity)
                .min(FIRST_PUBLISHED);
        return story.map(seen -> new Decision(Verdict.COPY, seen.original())).orElse(Decision.INDEPENDENT);
    }

    public static boolean isDuplicate(ExtractedSighting candidate, List<SeenSighting> earlier) {
        return earlier.stream().anyMatch(seen -> seen.articleId().equals(candidate.articleId())
                || seen.contentHash().equals(candidate.contentHash()));
    }
}

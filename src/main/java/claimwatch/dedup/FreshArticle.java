package claimwatch.dedup;

import claimwatch.ingest.Article;

/**
 * An article seen for the first time, on its way to extraction, with the {@link Fingerprints#contentHash}
 * it was checked by and its text as {@link Fingerprints#normalise normalised} for that hash, so that its
 * MinHash signature, computed later and only if it states a claim, does not normalise the text again.
 * (It never leaves the task: no serde, no schema.)
 */
public record FreshArticle(Article article, String contentHash, String normalText) {

    /** The article with the given content hash; its normalised text worked out here. */
    public FreshArticle(Article article, String contentHash) {
        this(article, contentHash, Fingerprints.normalise(article.text()));
    }

    /** The article with its content hash, from one normalisation of its text. */
    public static FreshArticle of(Article article) {
        String normal = Fingerprints.normalise(article.text());
        return new FreshArticle(article, Fingerprints.contentHashOfNormal(normal), normal);
    }
}

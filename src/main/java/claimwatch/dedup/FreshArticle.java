package claimwatch.dedup;

import claimwatch.ingest.Article;

/**
 * An article seen for the first time, on its way to extraction, with the {@link Fingerprints#contentHash}
 * it was checked by. Its MinHash signature is computed later, only if it states a claim.
 */
public record FreshArticle(Article article, String contentHash) {
}

package claimwatch.dedup;

import claimwatch.ingest.Article;

/** An article's fingerprints: {@link Fingerprints#contentHash} and {@link Fingerprints#simhash} of its text. */
public record ArticlePrint(String contentHash, long simhash) {

    public static ArticlePrint of(Article article) {
        return new ArticlePrint(Fingerprints.contentHash(article.text()), Fingerprints.simhash(article.text()));
    }
}

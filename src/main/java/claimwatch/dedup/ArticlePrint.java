package claimwatch.dedup;

import claimwatch.ingest.Article;

/** An article's fingerprints: {@link Fingerprints#contentHash} and {@link Fingerprints#minhash} of its text. */
public record ArticlePrint(String contentHash, String minhash) {

    public static ArticlePrint of(Article article) {
        return new ArticlePrint(Fingerprints.contentHash(article.text()), Fingerprints.minhash(article.text()));
    }
}

package claimwatch.dedup;

import claimwatch.ingest.Article;

/** An article seen for the first time, with its fingerprints, on its way to extraction. */
public record FreshArticle(Article article, ArticlePrint print) {
}

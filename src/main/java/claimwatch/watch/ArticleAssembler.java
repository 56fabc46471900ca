package claimwatch.watch;

import claimwatch.ingest.Article;
import claimwatch.ingest.TextArticleReader;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A feed item and its page (when it could be fetched and was HTML) as one article: id and url the
 * canonical URL (the page's {@code <link rel=canonical>}, else where the item's link led, else the
 * link); text the page's story, else the item's own text, each through claimwatch's furniture lines
 * ("Read more: ...", "Related stories" and what follows); publication time from the item, else the
 * page's metadata, else a dateline at the top of the text.
 */
final class ArticleAssembler {

    private final TextArticleReader furniture = new TextArticleReader();

    /** The article, or empty when neither the page nor the item has any text. */
    Optional<Article> assemble(Feed feed, FeedItem item, Page page, URI landedAt) {
        URI url = page != null && page.canonical() != null ? page.canonical()
                : landedAt != null ? landedAt
                : item.link() != null ? URI.create(item.link()) : null;
        String id = url != null ? CanonicalUrls.canonical(url).toString() : feed.id() + ":" + item.key();
        Article read = withoutFurniture(page == null ? null : page.text());
        if (read == null) {
            read = withoutFurniture(item.text());
        }
        if (read == null) {
            return Optional.empty();
        }
        String title = Strings.firstNonBlank(item.title(), page == null ? null : page.title());
        // the reader finds a dateline in the text before it drops the dateline's line
        Instant publishedAt = item.publishedAt() != null ? item.publishedAt()
                : page != null && page.publishedAt() != null ? page.publishedAt()
                : read.publishedAt();
        return Optional.of(new Article(id, feed.source(), url == null ? item.link() : CanonicalUrls.canonical(url).toString(),
                publishedAt, title, read.text()));
    }

    /** The text without claimwatch's furniture lines (and dateline lines), with the dateline it found; null when nothing is left. */
    private Article withoutFurniture(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Article read = furniture.read("", text);
        return read.text().isBlank() ? null : read;
    }
}

package claimwatch.watch;

import claimwatch.ingest.Article;

import java.util.List;

/** Where a poll's new articles go, and the memory of which feed items already went there. */
interface ItemSink {

    /** An item's article, ready to publish. */
    record Ready(String itemKey, Article article) {
    }

    boolean isPublished(Feed feed, String itemKey);

    /**
     * Publishes the articles and remembers their items, all or none; returns how many articles were
     * written (an article already published through another item is only remembered).
     */
    int publish(Feed feed, List<Ready> items) throws InterruptedException, FetchFailed;
}

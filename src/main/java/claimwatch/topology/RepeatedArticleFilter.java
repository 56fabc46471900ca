package claimwatch.topology;

import claimwatch.dedup.FreshArticle;
import claimwatch.ingest.Article;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Drops an article seen before: the same id, or the same normalised text under another id (a feed
 * re-sending, a replay overlapping the live stream). Passes the rest on with their content hash.
 *
 * <p>Both stores keep {@code retention} of event time ({@code claimwatch.dedup.retention}, 30 days by
 * default): feeds re-send and re-crawl within days, and wire stories are republished for weeks; an
 * article older than that coming round again is rare enough to be counted twice rather than keep
 * every id forever.
 */
final class RepeatedArticleFilter implements FixedKeyProcessor<String, Article, FreshArticle> {

    private static final Logger log = LoggerFactory.getLogger(RepeatedArticleFilter.class);

    private final long retentionMs;
    private FixedKeyProcessorContext<String, FreshArticle> context;
    private WindowStore<String, String> ids;
    private WindowStore<String, String> contents;

    RepeatedArticleFilter(Duration retention) {
        this.retentionMs = retention.toMillis();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, FreshArticle> context) {
        this.context = context;
        this.ids = context.getStateStore(StoreNames.SEEN_ARTICLES);
        this.contents = context.getStateStore(StoreNames.SEEN_CONTENT);
        deriveIds();
    }

    /**
     * The ids store has no changelog: each id it holds is the value of the content store's entry of the
     * same article, at the same time (an article is remembered in both at once, or in neither). So when
     * the task starts, after the content store is restored, every id the content store holds is put back
     * (again, if it was kept on local disk): a task restored elsewhere, or whose local state was wiped,
     * knows the same ids as before. Putting an id already there changes nothing.
     */
    private void deriveIds() {
        long started = System.nanoTime();
        long n = 0;
        try (KeyValueIterator<Windowed<String>, String> it = contents.all()) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, String> entry = it.next();
                ids.put(entry.value, entry.value, entry.key.window().start());
                n++;
            }
        }
        log.info("{}: {} article ids derived from {} in {} ms", context.taskId(), n, StoreNames.SEEN_CONTENT,
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        FreshArticle fresh = FreshArticle.of(article);
        String contentHash = fresh.contentHash();
        long eventTime = record.timestamp();
        if (isDuplicate(article.id(), contentHash, eventTime)) {
            log.debug("article {} seen before; dropped", article.id());
            return;
        }
        rememberNewEvent(article.id(), contentHash, eventTime);
        context.forward(record.withValue(fresh));
    }

    private boolean isDuplicate(String id, String contentHash, long eventTime) {
        return seen(ids, id, eventTime) || seen(contents, contentHash, eventTime);
    }

    private boolean seen(WindowStore<String, String> store, String key, long eventTime) {
        try (WindowStoreIterator<String> it = store.fetch(key, eventTime - retentionMs, eventTime + retentionMs)) {
            return it.hasNext();
        }
    }

    private void rememberNewEvent(String id, String contentHash, long eventTime) {
        ids.put(id, id, eventTime);
        contents.put(contentHash, id, eventTime);
    }
}

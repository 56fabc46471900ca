package claimwatch.topology;

import claimwatch.alert.Alert;
import claimwatch.alert.AlertRules;
import claimwatch.config.ClaimwatchConfig;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.DistinctClaim;
import claimwatch.dedup.ExtractedSighting;
import claimwatch.dedup.FreshArticle;
import claimwatch.dedup.SightingDedup;
import claimwatch.dedup.Sightings;
import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import claimwatch.ingest.InvalidArticleException;
import claimwatch.track.Estimates;
import claimwatch.track.InForce;
import claimwatch.track.SeriesSighting;
import claimwatch.track.LateArticle;
import claimwatch.track.Parties;
import claimwatch.track.GazetteerPlaces;
import claimwatch.track.Tracker;
import claimwatch.track.Trackers;
import claimwatch.track.TrackingSettings;
import claimwatch.track.TrackingSettings.Undated;
import claimwatch.track.WindowEstimate;
import claimwatch.track.WindowSpec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The claimwatch topology, top to bottom (topics' keys and values: {@link Topics}; stores: {@link StoreNames}):
 *
 * <pre>
 *   articles ─▶ set aside undated ─▶ drop repeated articles ─▶ extract claims ─▶ claims
 *                  └▶ late-articles                                 │
 *                                              key by claim ◀───────┘   (repartition by-claim)
 *                                   mark repeats and wire copies ─▶ claim-sightings
 *                                        ├─▶ count distinct claims ─▶ distinct-claims (compacted)
 *                                        └─▶ key by series  (repartition by-tracker)
 *                                               per window spec (daily, weekly):
 *                                               set aside late ─▶ late-articles
 *                                               carry each party's total in force
 *                                               one windowed aggregate ─┬▶ every change ─▶ estimate-updates
 *                                                                       └▶ each window once, closed ─▶ estimates
 *                                                                                        └▶ raise alerts ─▶ alerts
 *       └── not an article (bad JSON, no text, too big, bad UTF-8) ──▶ dead letters (with the reason)
 * </pre>
 *
 * The decisions are plain Java ({@link SightingDedup}, {@link Estimates}, {@link AlertRules}); this
 * class only wires them. Validation is the article deserializer; rejected records reach the
 * dead-letter topic through Kafka Streams' own exception handlers.
 */
public final class ClaimwatchTopology {

    /** The repartition topics' names (prefixed by the application id, suffixed {@code -repartition}). */
    public static final String BY_CLAIM = "by-claim";
    public static final String BY_TRACKER = "by-tracker";

    private static final Serde<String> KEY = Serdes.String();
    // output topics: JSON, per the contract (internal records: InternalSerdes)
    private static final Serde<Claim> CLAIM_SERDE = JsonSerde.of(Claim.class);
    private static final Serde<ClaimSighting> SIGHTING_SERDE = JsonSerde.of(ClaimSighting.class);
    private static final Serde<DistinctClaim> DISTINCT_SERDE = JsonSerde.of(DistinctClaim.class);
    private static final Serde<WindowEstimate> ESTIMATE_SERDE = JsonSerde.of(WindowEstimate.class);
    private static final Serde<LateArticle> LATE_SERDE = JsonSerde.of(LateArticle.class);
    private static final Serde<Alert> ALERT_SERDE = JsonSerde.of(Alert.class);

    private final StreamsBuilder builder;
    private final ClaimwatchConfig config;
    private final Topics topics;
    private final TrackingSettings settings;
    private final Function<Article, List<Claim>> extractor;
    private final Trackers trackers;
    private final Map<String, Tracker> trackersByName;
    private final Parties parties;
    private final Sightings sightingsOf;
    private final InForce inForce;
    private final PipelineMetrics metrics;

    private ClaimwatchTopology(StreamsBuilder builder, ClaimwatchConfig config, Function<Article, List<Claim>> extractor,
                               PipelineMetrics metrics) {
        this.builder = builder;
        this.metrics = metrics;
        this.config = config;
        this.topics = Topics.from(config);
        this.settings = TrackingSettings.from(config);
        this.extractor = extractor;
        this.trackers = new Trackers(Trackers.load(settings.trackersFile()), GazetteerPlaces.defaults());
        this.trackersByName = trackers.all().stream().collect(Collectors.toMap(Tracker::name, t -> t));
        this.parties = Parties.load();
        this.sightingsOf = new Sightings(parties, trackers.places());
        this.inForce = new InForce(settings.strayShare());
    }

    public static Topology build(ClaimwatchConfig config, ClaimExtractor extractor) {
        return build(config, extractor, PipelineMetrics.none());
    }

    /** The topology counting into {@code metrics} ({@link PipelineMetrics}). */
    public static Topology build(ClaimwatchConfig config, ClaimExtractor extractor, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        build(builder, config, extractor::extract, metrics);
        return builder.build(config.streamsProperties());
    }

    public static void build(StreamsBuilder builder, ClaimwatchConfig config, ClaimExtractor extractor) {
        build(builder, config, extractor::extract);
    }

    /** The whole topology; {@code extractor} is the claim extractor's {@code extract} (tests may pass a scripted one). */
    public static void build(StreamsBuilder builder, ClaimwatchConfig config, Function<Article, List<Claim>> extractor) {
        build(builder, config, extractor, PipelineMetrics.none());
    }

    public static void build(StreamsBuilder builder, ClaimwatchConfig config, Function<Article, List<Claim>> extractor,
                             PipelineMetrics metrics) {
        new ClaimwatchTopology(builder, config, extractor, metrics).build();
    }

    private void build() {
        var articles = builder.stream(topics.articles(), Consumed.with(KEY, ArticleSerde.create(config.articleMaxBytes()))
                .withTimestampExtractor(new PublicationTimeExtractor(settings.undated()))
                .withName("articles"))
                .peek((id, article) -> metrics.articleIn(), Named.as("count-articles"));
        var dated = setAsideUndated(articles);
        var fresh = dropRepeatedArticles(dated);
        var claims = extractClaims(fresh);
        claims.mapValues(s -> {
                    metrics.claimOut(s.claim().measure());
                    return s.claim();
                }, Named.as("claim-of-sighting"))
                .to(topics.claims(), Produced.with(KEY, CLAIM_SERDE).withName("to-claims"));

        var sightings = keyByClaim(claims);
        sightings.to(topics.sightings(), Produced.with(KEY, SIGHTING_SERDE).withName("to-claim-sightings"));
        countDistinctClaims(sightings)
                .to(topics.distinctClaims(), Produced.with(KEY, DISTINCT_SERDE).withName("to-distinct-claims"));

        var series = keyBySeries(sightings);
        for (WindowSpec window : settings.windows()) {
            addWindowStores(window);
            var estimates = estimates(carryTotalsInForce(setAsideLate(series, window), window), window);
            estimates.running()
                    .to(topics.estimateUpdates(), Produced.with(KEY, ESTIMATE_SERDE).withName("to-estimate-updates-" + window.name()));
            var closed = estimates.closed();
            closed.to(topics.estimates(), Produced.with(KEY, ESTIMATE_SERDE).withName("to-estimates-" + window.name()));
            if (window.name().equals(settings.alertWindow())) {
                raiseAlerts(closed).to(topics.alerts(), Produced.with(KEY, ALERT_SERDE).withName("to-alerts"));
            }
        }
    }

    /**
     * An article with no publication time: in live mode it takes its record's timestamp; in replay
     * mode it goes to {@code late-articles}, because any time given to it would depend on when the
     * replay ran.
     */
    private KStream<String, Article> setAsideUndated(KStream<String, Article> articles) {
        if (settings.undated() == Undated.RECORD_TIME) {
            return articles.processValues(() -> new RecordTimeStamp(metrics), Named.as("stamp-undated-with-record-time"));
        }
        Map<String, KStream<String, Article>> branches = articles.split(Named.as("undated-"))
                .branch((id, a) -> a.publishedAt() == null, Branched.as("set-aside"))
                .defaultBranch(Branched.as("dated"));
        branches.get("undated-set-aside")
                .mapValues(a -> {
                    metrics.undatedArticle();
                    return LateArticle.undated(a.id(), a.source(),
                            "no publication time: a replay gives it none rather than one that depends on when it ran"
                                    + " (claimwatch.undated.articles=late)");
                }, Named.as("undated-as-late"))
                .to(topics.lateArticles(), Produced.with(KEY, LATE_SERDE).withName("undated-to-late-articles"));
        return branches.get("undated-dated");
    }

    /** Articles seen for the first time (by id and by content), with their content hash. */
    private KStream<String, FreshArticle> dropRepeatedArticles(KStream<String, Article> articles) {
        Duration retention = settings.dedupRetention();
        // No changelog for the ids: every id is the value of an entry of the content store, at the same time,
        // so RepeatedArticleFilter derives them from it when its task starts. One changelog record an article.
        // Segments of two retentions unless set, not Kafka's half (DedupStores: a replay of an archive spanning years).
        builder.addStateStore(Stores.windowStoreBuilder(
                DedupStores.windowStore(StoreNames.SEEN_ARTICLES, retention, settings.dedupSegmentInterval(), false), KEY, Serdes.String())
                .withLoggingDisabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                DedupStores.windowStore(StoreNames.SEEN_CONTENT, retention, settings.dedupSegmentInterval(), false), KEY, Serdes.String()));
        return articles.processValues(() -> new RepeatedArticleFilter(retention), Named.as("drop-repeated-articles"),
                StoreNames.SEEN_ARTICLES, StoreNames.SEEN_CONTENT);
    }

    /** Every claim an article states, as a sighting with its canonical key, keyed by the article's id. */
    private KStream<String, ExtractedSighting> extractClaims(KStream<String, FreshArticle> fresh) {
        int maxClaims = config.articleMaxClaims();
        return fresh.flatMapValues(f -> sightingsOf.of(limited(metrics.timeExtraction(() -> extractor.apply(f.article())), maxClaims), f),
                Named.as("extract-claims"));
    }

    /** More claims than any article states is a generated page: to the dead-letter topic, with the reason. */
    private static List<Claim> limited(List<Claim> claims, int max) {
        if (claims.size() > max) {
            throw new InvalidArticleException(InvalidArticleException.Kind.TOO_MANY_CLAIMS, "article states " + claims.size() + " claims, over the limit of " + max
                    + " (claimwatch.article.max.claims)");
        }
        return claims;
    }

    /** Sightings keyed and partitioned by claim, repeats dropped and wire copies marked. */
    private KStream<String, ClaimSighting> keyByClaim(KStream<String, ExtractedSighting> claims) {
        Duration retention = settings.dedupRetention();
        builder.addStateStore(Stores.windowStoreBuilder(
                DedupStores.windowStore(StoreNames.CLAIM_SIGHTINGS, retention, settings.dedupSegmentInterval(), true),
                KEY, InternalSerdes.SEEN_SIGHTING));
        Duration firstSeenRetention = settings.firstSeenRetention();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(StoreNames.CLAIM_FIRST_SEEN, firstSeenRetention, firstSeenRetention, false),
                KEY, Serdes.Long()));
        SightingDedup rules = new SightingDedup(settings.nearDuplicateSimilarity());
        return claims
                .selectKey((articleId, s) -> s.claimKey(), Named.as("key-by-claim"))
                .repartition(Repartitioned.<String, ExtractedSighting>as(BY_CLAIM).withKeySerde(KEY)
                        .withValueSerde(InternalSerdes.EXTRACTED_SIGHTING))
                .processValues(() -> new SightingDeduplicator(retention, firstSeenRetention, rules),
                        Named.as("mark-repeats-and-copies"), StoreNames.CLAIM_SIGHTINGS, StoreNames.CLAIM_FIRST_SEEN);
    }

    /** One row per claim: first and last seen, mentions, outlets, articles; a tombstone once it expires. */
    private KStream<String, DistinctClaim> countDistinctClaims(KStream<String, ClaimSighting> sightings) {
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(StoreNames.DISTINCT_CLAIMS), KEY, InternalSerdes.DISTINCT_CLAIM));
        // No changelog for the time-ordered index: it is derived from the rows' timestamps when the task starts
        // (DistinctClaimCounter), so a sighting writes one changelog record here, not two.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.DISTINCT_CLAIMS_LAST_SEEN), KEY, KEY).withLoggingDisabled());
        Duration retention = settings.distinctClaimsRetention();
        return sightings.process(() -> new DistinctClaimCounter(retention), Named.as("count-distinct-claims"),
                StoreNames.DISTINCT_CLAIMS, StoreNames.DISTINCT_CLAIMS_LAST_SEEN);
    }

    /** Each sighting once per tracked series it belongs to, keyed and partitioned by the tracker's name. */
    private KStream<String, ClaimSighting> keyBySeries(KStream<String, ClaimSighting> sightings) {
        return sightings
                .flatMap((claimKey, s) -> trackers.matching(s).stream()
                        .map(t -> KeyValue.pair(t.name(), s))
                        .toList(), Named.as("key-by-series"))
                .repartition(Repartitioned.<String, ClaimSighting>as(BY_TRACKER).withKeySerde(KEY)
                        .withValueSerde(InternalSerdes.SIGHTING));
    }

    /**
     * The window spec's stores: its one windowed aggregate ({@link StoreNames#estimates}), and how far its
     * windows have got ({@link StoreNames#estimatesProgress}), which the lateness check and the totals carrier
     * read too, so that after a restart they judge by the stream time the windows had. Both are cached: the
     * changelogs get a window's latest value per commit, not one record per sighting.
     */
    private void addWindowStores(WindowSpec window) {
        builder.addStateStore(Stores.timestampedWindowStoreBuilder(
                        // The windows are kept as long as the running view needs them (retention), and closed
                        // windows are emitted before a record can expire them, however far stream time jumps.
                        Stores.persistentTimestampedWindowStore(StoreNames.estimates(window.name()), window.retention(),
                                window.size(), false),
                        KEY, InternalSerdes.WINDOW_ESTIMATE)
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(StoreNames.estimatesProgress(window.name())), KEY, InternalSerdes.WINDOW_PROGRESS)
                .withCachingEnabled());
    }

    /** Sightings still in time for their window; the others go to {@code late-articles} with the reason. */
    private KStream<String, ClaimSighting> setAsideLate(KStream<String, ClaimSighting> series, WindowSpec window) {
        String name = window.name();
        String progress = StoreNames.estimatesProgress(name);
        Map<String, KStream<String, LatenessCheck.Checked>> branches = series
                .processValues(() -> new LatenessCheck(window, metrics, progress), Named.as("check-lateness-" + name), progress)
                .split(Named.as("lateness-" + name + "-"))
                .branch((tracker, checked) -> checked.late() != null, Branched.as("late"))
                .defaultBranch(Branched.as("on-time"));
        branches.get("lateness-" + name + "-late")
                .map((tracker, checked) -> KeyValue.pair(checked.late().articleId(), checked.late()), Named.as("late-by-article-" + name))
                .to(topics.lateArticles(), Produced.with(KEY, LATE_SERDE).withName("late-to-late-articles-" + name));
        return branches.get("lateness-" + name + "-on-time")
                .mapValues(LatenessCheck.Checked::sighting, Named.as("on-time-" + name))
                // a series dropped from trackers.properties may still have sightings in the repartition topic
                .filter((tracker, s) -> trackersByName.containsKey(tracker), Named.as("still-tracked-" + name));
    }

    /** Each sighting with the named parties' totals in force when its window opens: a party's latest total stays in force. */
    private KStream<String, SeriesSighting> carryTotalsInForce(KStream<String, ClaimSighting> onTime, WindowSpec window) {
        String store = StoreNames.totalsInForce(window.name());
        String progress = StoreNames.estimatesProgress(window.name());
        // Cached: keyed by tracker, so every sighting of a series in a commit updates the same key; the
        // changelog gets its latest totals once per commit. (No query reads it, so a cache costs no freshness.)
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store),
                KEY, InternalSerdes.PARTY_TOTALS).withCachingEnabled());
        return onTime.processValues(() -> new TotalsCarrier(window, inForce, store, progress),
                Named.as("carry-totals-in-force-" + window.name()), store, progress);
    }

    /** A window spec's two views of its one aggregate. */
    private record WindowViews(KStream<String, WindowEstimate> running, KStream<String, WindowEstimate> closed) {
    }

    /**
     * The running view (every change to an open window, for dashboards) and the closed windows (one
     * estimate per series and window, once the window has closed, grace included), both from one
     * windowed aggregate ({@link WindowAggregator}).
     */
    private WindowViews estimates(KStream<String, SeriesSighting> onTime, WindowSpec window) {
        String name = window.name();
        Map<String, KStream<String, WindowAggregator.Emitted>> branches = onTime
                .process(() -> new WindowAggregator(window, trackersByName, inForce, settings.windowLimits(), StoreNames.estimates(name),
                                StoreNames.estimatesProgress(name)),
                        Named.as("estimates-" + name), StoreNames.estimates(name), StoreNames.estimatesProgress(name))
                .split(Named.as("estimates-" + name + "-"))
                .branch((tracker, emitted) -> emitted.closed(), Branched.as("closed"))
                .defaultBranch(Branched.as("running"));
        return new WindowViews(
                branches.get("estimates-" + name + "-running")
                        .mapValues(WindowAggregator.Emitted::estimate, Named.as("running-estimates-" + name)),
                branches.get("estimates-" + name + "-closed")
                        .mapValues(WindowAggregator.Emitted::estimate, Named.as("closed-estimates-" + name)));
    }

    /** Alerts from each closed window of a series. */
    private KStream<String, Alert> raiseAlerts(KStream<String, WindowEstimate> closed) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.ALERT_STATE),
                KEY, InternalSerdes.SERIES_MEMORY).withCachingEnabled()); // keyed by tracker, as totals-in-force
        AlertRules rules = new AlertRules(parties, settings.changeShare(), settings.divergenceRatio());
        return closed.processValues(() -> new AlertRaiser(rules, metrics), Named.as("raise-alerts"), StoreNames.ALERT_STATE);
    }
}

package claimwatch.topology;

/**
 * Every state store of the topology, named so a query layer can find it with interactive queries
 * (IQv2: {@code StateQueryRequest.inStore(name)}) whatever the topology's shape.
 *
 * <ul>
 *   <li>{@link #SEEN_ARTICLES} — window store, article id → the article's first arrival; drops re-sent articles.
 *       No changelog: derived from {@link #SEEN_CONTENT} when its task starts.</li>
 *   <li>{@link #SEEN_CONTENT} — window store, hash of the normalised text → first article id; drops the
 *       same article re-sent under another id.</li>
 *   <li>{@link #CLAIM_SIGHTINGS} — window store, claim key → earlier sightings of the claim (article id,
 *       content hash, MinHash); recognises repeats and wire copies where the claim's sightings meet.</li>
 *   <li>{@link #CLAIM_FIRST_SEEN} — window store, claim key → when the claim was first seen (epoch ms);
 *       tells a figure recalled from months before from a new one.</li>
 *   <li>{@link #DISTINCT_CLAIMS} — timestamped key-value store, claim key → {@code DistinctClaim}, timestamp
 *       the claim's latest sighting; a claim unseen for {@code claimwatch.distinct.claims.retention} is deleted.</li>
 *   <li>{@link #DISTINCT_CLAIMS_LAST_SEEN} — key-value store, (latest sighting, claim key) → claim key:
 *       the distinct claims in time order, for expiry. No changelog: derived from the rows of
 *       {@link #DISTINCT_CLAIMS} when its task starts.</li>
 *   <li>{@link #estimates(String)} — timestamped window store per window spec, tracker name →
 *       {@code WindowEstimate}, updated on every sighting: the one aggregate of the window spec, behind both
 *       the running view ({@code estimate-updates}, the dashboards' timelines) and the closed windows
 *       ({@code estimates}, alerts). Query with {@code WindowKeyQuery} / {@code WindowRangeQuery}; values are
 *       {@code ValueAndTimestamp<WindowEstimate>}.</li>
 *   <li>{@link #estimatesProgress(String)} — key-value store per window spec, one key → {@code WindowProgress}:
 *       stream time and the close time up to which closed windows were emitted, so a restart neither repeats
 *       nor skips a closed window.</li>
 *   <li>{@link #totalsInForce(String)} — key-value store per window spec, tracker name → {@code PartyTotals}:
 *       the named parties' totals in force before the open windows, and each open window's totals; what a
 *       window carries from earlier ones.</li>
 *   <li>{@link #ALERT_STATE} — key-value store, tracker name → what the alert rules remember
 *       (previous window, high so far, parties heard from).</li>
 * </ul>
 */
public final class StoreNames {

    public static final String SEEN_ARTICLES = "seen-articles";
    public static final String SEEN_CONTENT = "seen-article-content";
    public static final String CLAIM_SIGHTINGS = "claim-sightings-seen";
    public static final String CLAIM_FIRST_SEEN = "claim-first-seen";
    public static final String DISTINCT_CLAIMS = "distinct-claims";
    public static final String DISTINCT_CLAIMS_LAST_SEEN = "distinct-claims-last-seen";
    public static final String ALERT_STATE = "alert-state";

    private StoreNames() {
    }

    /** {@code estimates-daily}, {@code estimates-weekly}, ... */
    public static String estimates(String windowName) {
        return "estimates-" + windowName;
    }

    /** {@code estimates-progress-daily}, {@code estimates-progress-weekly}, ... */
    public static String estimatesProgress(String windowName) {
        return "estimates-progress-" + windowName;
    }

    /** {@code totals-in-force-daily}, {@code totals-in-force-weekly}, ... */
    public static String totalsInForce(String windowName) {
        return "totals-in-force-" + windowName;
    }
}

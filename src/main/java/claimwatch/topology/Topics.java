package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;

import java.util.List;

/**
 * The topics claimwatch reads and writes. Names come from {@code config/claimwatch.properties};
 * the constants are the defaults, which the tests use. Each output topic's JSON has a JSON Schema
 * (draft 2020-12) in {@code src/main/resources/schemas/topics/<topic>.schema.json}, checked against
 * what the topology writes ({@code OutputTopicSchemasTest}).
 *
 * <ul>
 *   <li>{@code articles} — key: article id (String); value: article JSON; timestamp: publication time.</li>
 *   <li>{@code claims} — key: article id; value: claim JSON (the claim contract).</li>
 *   <li>{@code claim-sightings} — key: claim key ({@code PRK|deployed|russia|10000|-|USA}); value:
 *       {@code ClaimSighting}, one per claim per article, copies of wire stories marked.</li>
 *   <li>{@code distinct-claims} (compacted) — key: claim key; value: {@code DistinctClaim}, the latest
 *       count of mentions, outlets and articles.</li>
 *   <li>{@code estimates} — key: tracker name; value: {@code WindowEstimate}, once per window, when it closes.</li>
 *   <li>{@code estimate-updates} — key: tracker name; value: {@code WindowEstimate}, on every change of an
 *       open window: the running view for dashboards.</li>
 *   <li>{@code alerts} — key: tracker name; value: {@code Alert}.</li>
 *   <li>{@code late-articles} — key: article id; value: {@code LateArticle}, with the reason.</li>
 *   <li>dead letters — key and value: the rejected record's original bytes; headers
 *       {@code __streams.errors.message} (the reason), {@code __streams.errors.topic/partition/offset}.</li>
 * </ul>
 */
public record Topics(
        String articles,
        String claims,
        String sightings,
        String distinctClaims,
        String estimates,
        String estimateUpdates,
        String alerts,
        String lateArticles,
        String deadLetters) {

    public static final String ARTICLES = "articles";
    public static final String CLAIMS = "claims";
    public static final String SIGHTINGS = "claim-sightings";
    public static final String DISTINCT_CLAIMS = "distinct-claims";
    public static final String ESTIMATES = "estimates";
    public static final String ESTIMATE_UPDATES = "estimate-updates";
    public static final String ALERTS = "alerts";
    public static final String LATE_ARTICLES = "late-articles";
    public static final String DEAD_LETTERS = "claimwatch-dead-letters";

    public static Topics defaults() {
        return new Topics(ARTICLES, CLAIMS, SIGHTINGS, DISTINCT_CLAIMS, ESTIMATES, ESTIMATE_UPDATES, ALERTS,
                LATE_ARTICLES, DEAD_LETTERS);
    }

    /** The names in {@code config}, each behind {@code claimwatch.topic.prefix} when one is set (replays on a shared cluster). */
    public static Topics from(ClaimwatchConfig config) {
        String prefix = config.get("claimwatch.topic.prefix", "");
        return new Topics(
                prefix + config.get("claimwatch.topic.articles", ARTICLES),
                prefix + config.get("claimwatch.topic.claims", CLAIMS),
                prefix + config.get("claimwatch.topic.sightings", SIGHTINGS),
                prefix + config.get("claimwatch.topic.distinct.claims", DISTINCT_CLAIMS),
                prefix + config.get("claimwatch.topic.estimates", ESTIMATES),
                prefix + config.get("claimwatch.topic.estimate.updates", ESTIMATE_UPDATES),
                prefix + config.get("claimwatch.topic.alerts", ALERTS),
                prefix + config.get("claimwatch.topic.late.articles", LATE_ARTICLES),
                config.deadLetterTopic());
    }

    /** Every topic the application needs created before it starts. */
    public List<String> all() {
        return List.of(articles, claims, sightings, distinctClaims, estimates, estimateUpdates, alerts, lateArticles,
                deadLetters);
    }

    /** Topics that keep only the latest value per key (created with {@code cleanup.policy=compact}). */
    public List<String> compacted() {
        return List.of(distinctClaims);
    }
}

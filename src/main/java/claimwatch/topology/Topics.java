package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;

/**
 * The topics claimwatch reads and writes. Names come from {@code config/claimwatch.properties};
 * the constants are the defaults, which the tests use.
 *
 * <ul>
 *   <li>{@code articles} — key: article id (String); value: article JSON; timestamp: publication time.</li>
 *   <li>{@code claims} — key: article id; value: claim JSON (the claim contract).</li>
 *   <li>dead letters — key and value: the rejected record's original bytes; headers
 *       {@code __streams.errors.message} (the reason), {@code __streams.errors.topic/partition/offset}.</li>
 * </ul>
 */
public record Topics(String articles, String claims, String deadLetters) {

    public static final String ARTICLES = "articles";
    public static final String CLAIMS = "claims";
    public static final String DEAD_LETTERS = "claimwatch-dead-letters";

    public static Topics defaults() {
        return new Topics(ARTICLES, CLAIMS, DEAD_LETTERS);
    }

    public static Topics from(ClaimwatchConfig config) {
        return new Topics(
                config.get("claimwatch.topic.articles", ARTICLES),
                config.get("claimwatch.topic.claims", CLAIMS),
                config.get("errors.dead.letter.queue.topic.name", DEAD_LETTERS));
    }

    /** Every topic the application needs created before it starts. */
    public java.util.List<String> all() {
        return java.util.List.of(articles, claims, deadLetters);
    }
}

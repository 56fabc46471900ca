package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The claimwatch topology, top to bottom:
 *
 * <pre>
 *   articles ──validate──▶ extract ──▶ claims
 *       └── not an article (bad JSON, no text, too big, bad UTF-8) ──▶ dead letters (with the reason)
 * </pre>
 *
 * Validation is the article deserializer; rejected records reach the dead-letter topic through
 * Kafka Streams' own exception handlers and {@code errors.dead.letter.queue.topic.name}.
 */
public final class ClaimwatchTopology {

    private static final Serde<Claim> CLAIM_SERDE = JsonSerde.of(Claim.class);

    private ClaimwatchTopology() {
    }

    public static Topology build(ClaimwatchConfig config, ClaimExtractor extractor) {
        StreamsBuilder builder = new StreamsBuilder();
        build(builder, config, extractor);
        return builder.build(config.streamsProperties());
    }

    public static void build(StreamsBuilder builder, ClaimwatchConfig config, ClaimExtractor extractor) {
        Topics topics = Topics.from(config);
        KStream<String, Article> articles = builder.stream(topics.articles(),
                Consumed.with(Serdes.String(), ArticleSerde.create(config.articleMaxBytes()))
                        .withTimestampExtractor(new PublicationTimeExtractor())
                        .withName("articles"));

        KStream<String, Claim> claims = extractClaims(articles, extractor);

        claims.to(topics.claims(), Produced.with(Serdes.String(), CLAIM_SERDE).withName("to-claims"));
    }

    /** Every claim an article states, keyed by the article's id. */
    static KStream<String, Claim> extractClaims(KStream<String, Article> articles, ClaimExtractor extractor) {
        return articles.flatMap(
                (key, article) -> extractor.extract(article).stream()
                        .map(claim -> KeyValue.pair(claim.articleId(), claim))
                        .toList(),
                Named.as("extract-claims"));
    }
}

package claimwatch.topology;

import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Articles on the {@code articles} topic. Reading validates: a record that is not a usable article
 * throws {@link claimwatch.ingest.InvalidArticleException} with the reason, and Kafka Streams'
 * deserialization exception handler puts it on the dead-letter topic.
 */
public final class ArticleSerde {

    private ArticleSerde() {
    }

    public static Serde<Article> create(int maxArticleBytes) {
        ArticleParser parser = new ArticleParser(maxArticleBytes);
        Deserializer<Article> deserializer = (topic, bytes) -> parser.parse(bytes);
        return Serdes.serdeFrom(JsonSerde.serializer(Article.class), deserializer);
    }
}

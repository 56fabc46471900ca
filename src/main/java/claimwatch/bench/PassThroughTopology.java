package claimwatch.bench;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.ArticleSerde;
import claimwatch.topology.PublicationTimeExtractor;
import claimwatch.topology.Topics;
import claimwatch.track.TrackingSettings;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling the claimwatch topology is measured against: the same {@code articles} topic, serdes
 * (the validating article deserializer), timestamp extractor and processing guarantee, and no work —
 * each article is written as it is to {@code output}.
 */
public final class PassThroughTopology {

    private PassThroughTopology() {
    }

    public static Topology build(ClaimwatchConfig config, String output) {
        var serde = ArticleSerde.create(config.articleMaxBytes());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.from(config).articles(), Consumed.with(Serdes.String(), serde)
                        .withTimestampExtractor(new PublicationTimeExtractor(TrackingSettings.from(config).undated()))
                        .withName("articles"))
                .to(output, Produced.with(Serdes.String(), serde).withName("to-pass-through"));
        return builder.build(config.streamsProperties());
    }
}

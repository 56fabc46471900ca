package claimwatch.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The largest record, in bytes, each topic takes ({@code max.message.bytes}, which defaults to the
 * broker's {@code message.max.bytes}): read from the broker when the instance starts
 * ({@link TopicCreator#maxMessageBytes}), and learned from the broker's own refusals for topics it
 * did not read (internal topics, say): a topic that refused a record of {@code n} bytes takes
 * fewer. Shared by the instance's producers, so a replaced stream thread knows what its
 * predecessor learned.
 */
final class TopicSizeLimits {

    private final Map<String, Integer> maxBytes = new ConcurrentHashMap<>();

    TopicSizeLimits(Map<String, Integer> described) {
        maxBytes.putAll(described);
    }

    static TopicSizeLimits none() {
        return new TopicSizeLimits(Map.of());
    }

    /** The most bytes a record on {@code topic} may take, or null when not known. */
    Integer of(String topic) {
        return maxBytes.get(topic);
    }

    /** The broker refused a record of {@code bytes} bytes on {@code topic} for its size. */
    void refused(String topic, int bytes) {
        maxBytes.merge(topic, bytes - 1, Math::min);
    }
}

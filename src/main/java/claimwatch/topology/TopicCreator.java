package claimwatch.topology;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates topics that are missing and leaves existing ones as they are (their settings are not checked). */
public final class TopicCreator {

    private static final long TIMEOUT_MS = 30_000;
    private static final long DESCRIBE_TIMEOUT_MS = 10_000;

    private TopicCreator() {
    }

    public static void createMissing(Properties adminProps, Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(adminProps)) {
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        failures.add(result.getKey() + ": " + e.getCause().getMessage());
                    }
                } catch (TimeoutException e) {
                    failures.add(result.getKey() + ": no answer in " + TIMEOUT_MS + " ms");
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("cannot create topics on "
                        + adminProps.getProperty("bootstrap.servers") + ": " + failures);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Each existing topic's {@code max.message.bytes} (its own, or the broker's {@code message.max.bytes});
     * a topic that does not exist, or that the broker does not describe in time, is left out.
     */
    public static Map<String, Integer> maxMessageBytes(Properties adminProps, Collection<String> topics) {
        Map<String, Integer> limits = new HashMap<>();
        try (Admin admin = Admin.create(adminProps)) {
            List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            for (Map.Entry<ConfigResource, KafkaFuture<Config>> result : admin.describeConfigs(resources).values().entrySet()) {
                try {
                    ConfigEntry entry = result.getValue().get(DESCRIBE_TIMEOUT_MS, TimeUnit.MILLISECONDS).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                    if (entry != null && entry.value() != null) {
                        limits.put(result.getKey().name(), Integer.parseInt(entry.value()));
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // unknown: the broker's refusal will tell (TopicSizeLimits)
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return limits;
    }
}

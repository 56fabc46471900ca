package claimwatch.topology;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates topics that are missing and leaves existing ones as they are (their settings are not checked). */
public final class TopicCreator {

    private static final long TIMEOUT_MS = 30_000;

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
}

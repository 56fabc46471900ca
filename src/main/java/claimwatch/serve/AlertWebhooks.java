package claimwatch.serve;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * POSTs every alert, as the JSON on the {@code alerts} topic, to each configured URL
 * ({@code claimwatch.webhook.urls}), in the order of each partition.
 *
 * <p>Nothing is lost to an outage: the alerts are read by a consumer group of their own
 * ({@code claimwatch.webhook.group.id}) whose offset is committed only once every URL has taken an
 * alert (2xx). Until then the same alert is retried with exponential backoff, forever, so an alert is
 * delivered at least once; a receiver can drop repeats by the {@code X-Claimwatch-Alert-Id} header
 * (topic-partition-offset). A crash or restart resumes from the last committed alert. This runs on its
 * own thread with its own consumer: a slow or dead webhook never holds up the topology.
 */
public final class AlertWebhooks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlertWebhooks.class);
    public static final String ALERT_ID_HEADER = "X-Claimwatch-Alert-Id";

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<URI> urls;
    private final Backoff backoff;
    private final Duration timeout;
    private final HttpClient client;
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean revoked;

    private AlertWebhooks(Properties clientProperties, String topic, ServeSettings settings) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.webhookGroupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.urls = settings.webhookUrls();
        this.backoff = new Backoff(settings.webhookBackoff(), settings.webhookMaxBackoff());
        this.timeout = settings.webhookTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.thread = new Thread(this::run, "claimwatch-webhooks");
        this.thread.setDaemon(true);
    }

    public static AlertWebhooks start(Properties clientProperties, String topic, ServeSettings settings) {
        AlertWebhooks webhooks = new AlertWebhooks(clientProperties, topic, settings);
        webhooks.thread.start();
        log.info("alert webhooks: {} as consumer group {}", settings.webhookUrls(), settings.webhookGroupId());
        return webhooks;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    revoked = true;
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                }
            });
            while (!closing) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                revoked = false;
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (!deliver(record)) {
                        break;
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("alert webhooks stopped; undelivered alerts wait in the alerts topic for the next start", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Posts {@code record} to every URL, retrying those that fail, then commits past it. False when it has
     * to stop first (closing, or the partition went to another instance, which will deliver it): the
     * remaining records of the batch are left to be read again.
     */
    private boolean deliver(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        String id = record.topic() + "-" + record.partition() + "-" + record.offset();
        Set<URI> delivered = new HashSet<>();
        int failures = 0;
        while (delivered.size() < urls.size()) {
            for (URI url : urls) {
                if (!delivered.contains(url) && post(url, id, record.value())) {
                    delivered.add(url);
                }
            }
            if (delivered.size() < urls.size()) {
                failures++;
                if (!waitBeforeRetry(backoff.after(failures))) {
                    return false;
                }
            }
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        return true;
    }

    private boolean post(URI url, String id, byte[] alert) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(ALERT_ID_HEADER, id)
                .POST(HttpRequest.BodyPublishers.ofByteArray(alert))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            log.warn("webhook {} answered {} to alert {}; retrying", url, status, id);
        } catch (IOException e) {
            log.warn("webhook {} unreachable for alert {} ({}); retrying", url, id, e.toString());
        }
        return false;
    }

    /**
     * Sleeps {@code wait} while staying in the consumer group: polls with every partition paused, so no
     * record is fetched and {@code max.poll.interval.ms} is never exceeded however long the outage.
     */
    private boolean waitBeforeRetry(Duration wait) {
        Set<TopicPartition> assigned = consumer.assignment();
        consumer.pause(assigned);
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (!closing && !revoked) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                consumer.poll(Duration.ofNanos(Math.min(left, Duration.ofMillis(200).toNanos())));
            }
            return false;
        } finally {
            consumer.resume(consumer.assignment());
        }
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package claimwatch.serve;

import claimwatch.alert.Alert;
import claimwatch.topology.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * This instance's view of the {@code alerts} topic: every committed alert, the latest
 * {@code claimwatch.http.recent.alerts} kept for {@code /api/alerts}, each new one handed to the
 * Server-Sent-Event subscribers.
 *
 * <p>Why a tail of the topic and not a state store: the topology keeps only what the alert rules
 * remember, not the alerts, and alerts are few. Each instance reads all partitions itself (assigned,
 * no consumer group, nothing committed), so every instance answers for all alerts without routing, and
 * a browser connected to any instance hears every alert.
 */
final class AlertFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlertFeed.class);
    private static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::at, Comparator.nullsLast(Comparator.reverseOrder()));

    private final KafkaConsumer<String, Alert> consumer;
    private final String topic;
    private final int keep;
    private final Deque<Alert> recent = new ArrayDeque<>();
    private final Set<BlockingQueue<Alert>> subscribers = new CopyOnWriteArraySet<>();
    private final Thread thread;
    private volatile boolean closing;

    AlertFeed(Properties clientProperties, String topic, int keep) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "claimwatch-alert-feed");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), JsonSerde.deserializer(Alert.class));
        this.topic = topic;
        this.keep = keep;
        this.thread = new Thread(this::run, "claimwatch-alert-feed");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The latest alerts, newest (by event time) first, of one tracker or all ({@code tracker} null). */
    synchronized List<Alert> recent(String tracker, int limit) {
        return recent.stream()
                .filter(a -> tracker == null || tracker.equals(a.tracker()))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    /** A queue receiving every alert read from now on; {@link #unsubscribe} it when the client leaves. */
    BlockingQueue<Alert> subscribe() {
        BlockingQueue<Alert> queue = new LinkedBlockingQueue<>(1000);
        subscribers.add(queue);
        return queue;
    }

    void unsubscribe(BlockingQueue<Alert> queue) {
        subscribers.remove(queue);
    }

    /** False once the feed has dropped {@code queue} for not keeping up. */
    boolean isSubscribed(BlockingQueue<Alert> queue) {
        return subscribers.contains(queue);
    }

    private void run() {
        try {
            assignAllPartitions();
            while (!closing) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        add(record.value());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() called
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("alert feed stopped: /api/alerts and the alert stream get nothing new", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Waits for the topic (a fresh cluster may not have it yet) and reads it from the beginning. */
    private void assignAllPartitions() throws InterruptedException {
        while (!closing) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions != null && !partitions.isEmpty()) {
                List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(assigned);
                consumer.seekToBeginning(assigned);
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private void add(Alert alert) {
        synchronized (this) {
            recent.addLast(alert);
            while (recent.size() > keep) {
                recent.removeFirst();
            }
        }
        for (BlockingQueue<Alert> queue : subscribers) {
            if (!queue.offer(alert)) {
                // a client that stopped reading: drop it rather than hold alerts for it forever
                subscribers.remove(queue);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

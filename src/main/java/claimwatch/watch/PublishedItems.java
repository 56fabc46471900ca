package claimwatch.watch;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exactly once onto {@code articles}, and the feed list shared between instances, both through Kafka.
 *
 * <p>The compacted items topic ({@code feed-items}; key {@code feedId \n itemKey}, value
 * {@link Remembered} JSON) remembers every item published. Each feed belongs to one of its
 * partitions (murmur2 of the feed id, as Kafka's default partitioner), and the partitions are shared
 * by a consumer group ({@code claimwatch.watch.group.id}): an instance polls exactly the feeds of the
 * partitions it is assigned, once it has read those partitions from the beginning
 * ({@code read_committed}, up to the last stable offset, so a transaction still open on them is
 * waited for). An article and the record of its item are written in one Kafka transaction, together
 * with the group's offsets ({@code sendOffsetsToTransaction} with the consumer's group metadata,
 * KIP-447): an instance that lost its partitions in a rebalance, or was killed, cannot commit a
 * publish any more, and what it had sent is aborted. So a restart, a crash or a second instance
 * never publishes an item twice and never skips one.
 *
 * <p>A story that two feeds link (one canonical URL) is one article: every instance also reads all
 * partitions, outside the group, to know every article id published, and records the second item as
 * a {@code duplicate} without publishing. Two instances that take the same story from two feeds in
 * the same moment can both publish it; the topology drops an article id it has seen (its
 * repeated-article filter), so no claim is counted twice.
 *
 * <p>One thread owns the consumers and the producer; pollers hand it their batches and wait.
 */
final class PublishedItems implements ItemSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PublishedItems.class);

    /** The value of a feed-items record: which article an item became ({@code duplicate}: already published through another item). */
    record Remembered(String feed, String item, String article, boolean duplicate) {
    }

    private record Request(Feed feed, int partition, List<Ready> items, CompletableFuture<Integer> done) {
    }

    private final KafkaConsumer<String, String> consumer;
    /** Reads every partition, without a group: the articles published through any feed, so a story two feeds link is one article. */
    private final KafkaConsumer<String, String> everything;
    private Map<TopicPartition, Long> everythingEnd;
    private final Properties producerProps;
    private KafkaProducer<String, byte[]> producer;
    /** False after a producer was replaced, until its initTransactions succeeds (retried with the next batch). */
    private boolean producerReady = true;
    private final String itemsTopic;
    private final String articlesTopic;
    /** The items topic's real partition count (the setting only says how many to create). */
    private volatile int partitions;
    private final Thread thread;
    private final LinkedBlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    /** Items remembered, per partition of the items topic; only for partitions this instance holds. */
    private final Map<Integer, Set<String>> items = new ConcurrentHashMap<>();
    private final Set<String> articles = ConcurrentHashMap.newKeySet();
    private final Set<Integer> ready = ConcurrentHashMap.newKeySet();
    private final Map<TopicPartition, Long> loading = new HashMap<>();
    private volatile boolean running = true;
    private volatile Throwable failure;

    PublishedItems(Properties clientProps, WatchSettings settings, String articlesTopic, String instanceId) {
        this.itemsTopic = settings.itemsTopic();
        this.articlesTopic = articlesTopic;
        this.partitions = settings.itemsPartitions();

        Properties c = new Properties();
        c.putAll(clientProps);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "claimwatch-watch-" + instanceId + "-items");
        // static membership (KIP-345): an instance restarted with its id takes its place in the group at
        // once, instead of waiting out the dead one's session; the dead one's generation is fenced
        c.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "claimwatch-watch-" + instanceId);
        c.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        c.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        Properties all = new Properties();
        all.putAll(c);
        all.remove(ConsumerConfig.GROUP_ID_CONFIG);
        all.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        all.put(ConsumerConfig.CLIENT_ID_CONFIG, "claimwatch-watch-" + instanceId + "-articles");
        this.everything = new KafkaConsumer<>(all, new StringDeserializer(), new StringDeserializer());

        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "claimwatch-watch-" + instanceId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "claimwatch-watch-" + instanceId);
        // a killed instance's open transaction blocks its partitions until this passes (or it restarts with its id)
        p.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "20000");
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producerProps = p;
        this.producer = newProducer();
        this.thread = new Thread(this::run, "claimwatch-watch-items");
        this.thread.setDaemon(true);
    }

    private KafkaProducer<String, byte[]> newProducer() {
        return new KafkaProducer<>(producerProps, new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    void start() {
        producer.initTransactions();
        // a topic created earlier with another count wins over the setting: feeds must map onto partitions that exist
        partitions = consumer.partitionsFor(itemsTopic).size();
        List<TopicPartition> all = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            all.add(new TopicPartition(itemsTopic, p));
        }
        everything.assign(all);
        everything.seekToBeginning(all);
        everythingEnd = new HashMap<>(everything.endOffsets(all));
        consumer.subscribe(List.of(itemsTopic), new Rebalance());
        thread.start();
    }

    /** The partition of the items topic a feed belongs to. */
    int partitionOf(Feed feed) {
        return partitionOf(feed.id());
    }

    private int partitionOf(String feedId) {
        return Utils.toPositive(Utils.murmur2(feedId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Whether this instance holds the feed's partition and has read its memory: then it, and only it, polls the feed. */
    boolean owns(Feed feed) {
        return ready.contains(partitionOf(feed));
    }

    /** Set once the publishing thread has stopped for good (fenced by an instance with the same id, or unauthorised). */
    Throwable failure() {
        return failure;
    }

    @Override
    public boolean isPublished(Feed feed, String itemKey) {
        Set<String> known = items.get(partitionOf(feed));
        return known != null && known.contains(key(feed, itemKey));
    }

    @Override
    public int publish(Feed feed, List<Ready> batch) throws InterruptedException, FetchFailed {
        if (failure != null) {
            throw new FetchFailed("not publishing: " + failure.getMessage());
        }
        Request request = new Request(feed, partitionOf(feed), List.copyOf(batch), new CompletableFuture<>());
        requests.add(request);
        try {
            return request.done().get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new FetchFailed("not published: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new FetchFailed("not published: no transaction committed in 120 s");
        }
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    remember(record);
                }
                for (ConsumerRecord<String, String> record : everything.poll(Duration.ZERO)) {
                    rememberArticle(record);
                }
                finishLoading();
                List<Request> waiting = new ArrayList<>();
                requests.drainTo(waiting, 100);
                if (!waiting.isEmpty()) {
                    handle(waiting);
                }
            }
        } catch (WakeupException stopping) {
            // close() asked
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            failure = e;
            log.error("watch: publishing stopped: {}", e.toString());
        } catch (RuntimeException e) {
            failure = e;
            log.error("watch: publishing stopped", e);
        } finally {
            ready.clear();
            Request left;
            while ((left = requests.poll()) != null) {
                left.done().completeExceptionally(new IllegalStateException("the watcher is stopping"));
            }
        }
    }

    /**
     * Publishes every waiting batch in one transaction: one commit for all the feeds that finished a
     * poll meanwhile, rather than one each (a commit costs round trips to two coordinators).
     */
    private void handle(List<Request> waiting) {
        List<Request> batch = new ArrayList<>();
        for (Request request : waiting) {
            if (ready.contains(request.partition())) {
                batch.add(request);
            } else {
                request.done().completeExceptionally(new IllegalStateException(
                        "feed " + request.feed().id() + " is no longer assigned to this instance"));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        if (!producerReady) {
            try {
                producer.initTransactions();
                producerReady = true;
            } catch (ProducerFencedException | AuthorizationException fatal) {
                throw fatal;
            } catch (KafkaException e) {
                batch.forEach(request -> request.done().completeExceptionally(e));
                return;
            }
        }
        Set<String> inBatch = new HashSet<>();
        Set<String> articlesInBatch = new HashSet<>();
        List<Remembered> remembered = new ArrayList<>();
        Map<Request, Integer> written = new HashMap<>();
        try {
            producer.beginTransaction();
            for (Request request : batch) {
                Set<String> knownItems = items.get(request.partition());
                int count = 0;
                for (Ready ready : request.items()) {
                    String itemKey = key(request.feed(), ready.itemKey());
                    if (knownItems.contains(itemKey) || !inBatch.add(itemKey)) {
                        continue;
                    }
                    String articleId = ready.article().id();
                    boolean duplicate = articles.contains(articleId) || !articlesInBatch.add(articleId);
                    if (!duplicate) {
                        Long timestamp = ready.article().publishedAt() == null ? null : ready.article().publishedAt().toEpochMilli();
                        producer.send(new ProducerRecord<>(articlesTopic, null, timestamp, articleId, json(ready.article())));
                        count++;
                    }
                    Remembered r = new Remembered(request.feed().id(), ready.itemKey(), articleId, duplicate);
                    remembered.add(r);
                    producer.send(new ProducerRecord<>(itemsTopic, request.partition(), itemKey, json(r)));
                }
                written.put(request, count);
            }
            producer.sendOffsetsToTransaction(positions(), consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException fatal) {
            batch.forEach(request -> request.done().completeExceptionally(fatal));
            throw fatal;
        } catch (KafkaException e) {
            // a rebalance took a partition (CommitFailedException), a timeout, a broker away: nothing was published
            try {
                producer.abortTransaction();
            } catch (KafkaException abortFailed) {
                // a producer in a fatal state publishes nothing more: a new one with the same transactional id
                // fences it and aborts what it left open
                log.warn("watch: abort after a failed publish failed too ({}); starting a new producer", abortFailed.toString());
                producer.close(Duration.ZERO);
                producer = newProducer();
                producerReady = false;
            }
            batch.forEach(request -> request.done().completeExceptionally(e));
            return;
        }
        for (Remembered r : remembered) {
            Set<String> known = items.get(partitionOf(r.feed()));
            if (known != null) {
                known.add(key(r.feed(), r.item()));
            }
            articles.add(r.article());
        }
        batch.forEach(request -> request.done().complete(written.get(request)));
    }

    private Map<TopicPartition, OffsetAndMetadata> positions() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            offsets.put(tp, new OffsetAndMetadata(consumer.position(tp)));
        }
        return offsets;
    }

    private void remember(ConsumerRecord<String, String> record) {
        Set<String> known = items.get(record.partition());
        if (known == null || record.value() == null) {
            return;
        }
        known.add(record.key());
    }

    private void rememberArticle(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        try {
            articles.add(Json.MAPPER.readValue(record.value(), Remembered.class).article());
        } catch (JsonProcessingException e) {
            log.warn("watch: unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getOriginalMessage());
        }
    }

    private void finishLoading() {
        if (everythingEnd != null) {
            everythingEnd.entrySet().removeIf(e -> everything.position(e.getKey()) >= e.getValue());
            if (!everythingEnd.isEmpty()) {
                return;   // not before the articles published so far are all known
            }
            everythingEnd = null;
        }
        List<Integer> done = new ArrayList<>();
        loading.entrySet().removeIf(e -> {
            if (consumer.position(e.getKey()) >= e.getValue()) {
                done.add(e.getKey().partition());
                return true;
            }
            return false;
        });
        if (!done.isEmpty()) {
            ready.addAll(done);
            log.info("watch: now polling the feeds of {} partitions {} ({} items remembered)", itemsTopic,
                    new java.util.TreeSet<>(done), done.stream().mapToInt(p -> items.get(p).size()).sum());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            if (assigned.isEmpty()) {
                return;
            }
            for (TopicPartition tp : assigned) {
                items.put(tp.partition(), ConcurrentHashMap.newKeySet());
            }
            consumer.seekToBeginning(assigned);
            // read_committed: the last stable offset, so a transaction still open on the partition is waited for
            loading.putAll(consumer.endOffsets(assigned));
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            for (TopicPartition tp : revoked) {
                ready.remove(tp.partition());
                loading.remove(tp);
                items.remove(tp.partition());
            }
        }
    }

    private static String key(Feed feed, String itemKey) {
        return key(feed.id(), itemKey);
    }

    private static String key(String feedId, String itemKey) {
        return feedId + "\n" + itemKey;
    }

    private static byte[] json(Object value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
        everything.close();
        producer.close();
    }
}

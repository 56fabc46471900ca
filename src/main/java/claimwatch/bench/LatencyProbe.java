package claimwatch.bench;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Publish→claim latency of a running claimwatch app: articles are sent at a fixed rate, and for each
 * article the first of its claims read from {@code claims} (read_committed, as any consumer of an
 * exactly-once pipeline reads) is timed from the moment the article was due to be sent — the
 * schedule, not the actual send, so a stalled producer counts against the pipeline rather than
 * hiding it. Articles without claims (no figures, repeats) give no sample.
 */
final class LatencyProbe {

    /** Latencies in milliseconds over the articles that produced claims after the warm-up. */
    record Result(long sent, long samples, long p50Millis, long p99Millis, long maxMillis, double achievedRate) {
    }

    private static final Duration QUIET = Duration.ofSeconds(3);

    private final ClaimwatchConfig config;
    private final Topics topics;
    private final Iterator<CorpusGenerator.GeneratedArticle> corpus;
    private final ConcurrentHashMap<String, Long> dueAt = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> latencyNanos = new ConcurrentHashMap<>();

    LatencyProbe(ClaimwatchConfig config, Topics topics, Iterator<CorpusGenerator.GeneratedArticle> corpus) {
        this.config = config;
        this.topics = topics;
        this.corpus = corpus;
    }

    Result run(int rate, Duration warmup) throws InterruptedException {
        Reader reader = new Reader();
        Thread readerThread = new Thread(reader, "bench-claims-reader");
        readerThread.start();
        reader.ready.await();
        long t0 = System.nanoTime();
        long sent = send(rate, t0);
        long sendNanos = System.nanoTime() - t0;
        while (System.nanoTime() - reader.lastClaimNanos < QUIET.toNanos()) {
            Thread.sleep(100);
        }
        reader.stopped = true;
        readerThread.join();
        long countFrom = t0 + warmup.toNanos();
        long[] sorted = latencyNanos.entrySet().stream()
                .filter(e -> dueAt.get(e.getKey()) >= countFrom)
                .mapToLong(e -> e.getValue())
                .sorted()
                .toArray();
        return new Result(sent, sorted.length, millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0),
                sent / (sendNanos / 1e9));
    }

    /** Sends on schedule: article {@code n} is due at {@code t0 + n / rate}. */
    private long send(int rate, long t0) {
        Properties props = config.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1"); // see Bench.publish
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            while (corpus.hasNext()) {
                CorpusGenerator.GeneratedArticle article = corpus.next();
                long due = t0 + sent * intervalNanos;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                dueAt.putIfAbsent(article.id(), due);
                producer.send(new ProducerRecord<>(topics.articles(), null, article.publishedAtMillis(), article.id(), article.json()));
                sent++;
            }
        }
        return sent;
    }

    /** Reads {@code claims} on its own thread and times the first claim of each article. */
    private final class Reader implements Runnable {
        final CountDownLatch ready = new CountDownLatch(1);
        volatile boolean stopped;
        volatile long lastClaimNanos;

        @Override
        public void run() {
            try (KafkaConsumer<String, byte[]> claims = claimsConsumer()) {
                claims.poll(Duration.ofMillis(100));
                lastClaimNanos = System.nanoTime();
                ready.countDown();
                while (!stopped) {
                    for (ConsumerRecord<String, byte[]> claim : claims.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        Long due = dueAt.get(claim.key());
                        if (due != null) {
                            latencyNanos.putIfAbsent(claim.key(), now - due);
                        }
                        lastClaimNanos = now;
                    }
                }
            } finally {
                ready.countDown();
            }
        }
    }

    private KafkaConsumer<String, byte[]> claimsConsumer() {
        Properties props = config.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topics.claims()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static long millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return TimeUnit.NANOSECONDS.toMillis(sorted[Math.max(index, 0)]);
    }
}

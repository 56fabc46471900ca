package claimwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "broker-it";

    @TempDir
    Path workDir;

    @Test
    @Timeout(120)
    void transactionsSurviveARestartAndShutdownLeavesNoThreads() throws Exception {
        Set<Thread> threadsBefore = liveNonDaemonThreads();
        List<String> firstRead;
        String bootstrap;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir, new Properties())) {
            bootstrap = broker.bootstrapServers();
            assertTrue(bootstrap.startsWith("127.0.0.1:"), bootstrap);

            broker.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1)));
            broker.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))); // existing topic is fine

            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, "k1", "committed-1"));
                producer.send(new ProducerRecord<>(TOPIC, "k2", "committed-2"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, "k3", "aborted"));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, "k4", "committed-3"));
                producer.commitTransaction();
            }
            firstRead = readCommitted(bootstrap, "it-before-restart", 3);
            assertEquals(List.of("committed-1", "committed-2", "committed-3"), firstRead);

            broker.restart();
            assertEquals(bootstrap, broker.bootstrapServers(), "restart keeps the port");
            assertEquals(firstRead, readCommitted(bootstrap, "it-after-restart", 3));

            // The transaction coordinator came back too: a new transaction after the restart commits.
            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, "k5", "committed-4"));
                producer.commitTransaction();
            }
            assertEquals(List.of("committed-1", "committed-2", "committed-3", "committed-4"),
                    readCommitted(bootstrap, "it-after-restart-2", 4));
        }

        // A new broker on the same work directory (as a second `claimwatch local` run) finds the data.
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(workDir, null)) {
            try (Admin admin = Admin.create(adminProps(again.bootstrapServers()))) {
                assertTrue(admin.listTopics().names().get().contains(TOPIC));
            }
            assertEquals(4, readCommitted(again.bootstrapServers(), "it-second-start", 4).size());
        }

        assertNoNewNonDaemonThreads(threadsBefore);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "broker-it-tx");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Reads until {@code expected} values arrived, ordered by key. */
    private static List<String> readCommitted(String bootstrap, String group, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // Anything further (the aborted record) would arrive with the last batch; poll once more.
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records.stream()
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .map(ConsumerRecord::value)
                .collect(Collectors.toList());
    }

    private static Properties adminProps(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    /** Threads that would keep the JVM from exiting after the broker is closed. */
    private static void assertNoNewNonDaemonThreads(Set<Thread> before) throws InterruptedException {
        Set<Thread> left = Set.of();
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            left = liveNonDaemonThreads();
            left.removeAll(before);
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertTrue(left.isEmpty(), "non-daemon threads left after close: "
                + left.stream().map(Thread::getName).sorted().collect(Collectors.toList()));
    }
}

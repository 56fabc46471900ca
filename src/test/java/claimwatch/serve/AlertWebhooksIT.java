package claimwatch.serve;

import claimwatch.alert.Alert;
import claimwatch.alert.AlertKind;
import claimwatch.ingest.Json;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.topology.JsonSerde;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alert webhooks against local HTTP receivers that fail, vanish and come back, on a real broker. */
@Timeout(120)
class AlertWebhooksIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static EmbeddedKafkaBroker broker;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), new Properties());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeWhatTheTestOpened() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** An HTTP receiver that answers 503 to its first {@code failures} calls, and records what it took. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger failuresLeft;
        final List<String> ids = new CopyOnWriteArrayList<>();
        final List<String> messages = new CopyOnWriteArrayList<>();

        Receiver(int port, int failures) throws IOException {
            failuresLeft = new AtomicInteger(failures);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/hook", exchange -> {
                calls.incrementAndGet();
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] bytes = body.readAllBytes();
                    if (failuresLeft.getAndDecrement() > 0) {
                        exchange.sendResponseHeaders(503, -1);
                    } else {
                        ids.add(exchange.getRequestHeaders().getFirst(AlertWebhooks.ALERT_ID_HEADER));
                        messages.add(Json.MAPPER.readTree(bytes).get("message").asText());
                        exchange.sendResponseHeaders(204, -1);
                    }
                }
                exchange.close();
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void deliversEveryAlertInOrderThoughTheReceiverFailsTheFirstCalls() throws Exception {
        String topic = topic("alerts-failing");
        Receiver receiver = receiver(0, 3);
        publish(topic, 5);

        webhooks(topic, "hooks-failing", receiver.url());

        awaitTrue(() -> receiver.messages.size() >= 5, "all five delivered: " + receiver.messages);
        assertEquals(messages(5), receiver.messages, "each once, in order");
        assertEquals(8, receiver.calls.get(), "three failures, then five deliveries");
        awaitTrue(() -> committed("hooks-failing", topic) == 5, "offsets committed past the last delivered alert");
    }

    @Test
    void anAlertRaisedDuringAnOutageIsDeliveredWhenTheReceiverComesBack() throws Exception {
        String topic = topic("alerts-outage");
        int port = freePort();
        publish(topic, 2);
        webhooks(topic, "hooks-outage", URI.create("http://127.0.0.1:" + port + "/hook"));

        Thread.sleep(1_500);
        assertEquals(0, committed("hooks-outage", topic), "nothing committed while nobody listens");

        Receiver receiver = receiver(port, 0);
        awaitTrue(() -> receiver.messages.size() >= 2, "delivered once the receiver is back: " + receiver.messages);
        assertEquals(messages(2), receiver.messages);
        awaitTrue(() -> committed("hooks-outage", topic) == 2, "then committed");
    }

    @Test
    void aRestartResumesAfterTheLastDeliveredAlert() throws Exception {
        String topic = topic("alerts-restart");
        Receiver receiver = receiver(0, 0);
        publish(topic, 2);
        AlertWebhooks first = webhooks(topic, "hooks-restart", receiver.url());
        awaitTrue(() -> committed("hooks-restart", topic) == 2, "the first two delivered and committed");
        first.close();

        publish(topic, 1);
        webhooks(topic, "hooks-restart", receiver.url());

        awaitTrue(() -> receiver.messages.size() >= 3, "the third delivered after the restart: " + receiver.messages);
        Thread.sleep(500);
        assertEquals(3, receiver.ids.stream().distinct().count());
        assertEquals(3, receiver.messages.size(), "nothing delivered twice: " + receiver.ids);
    }

    @Test
    void eachUrlGetsEveryAlertAndAHealthyOneIsNotRepeatedForAFailingOne() throws Exception {
        String topic = topic("alerts-two-urls");
        Receiver healthy = receiver(0, 0);
        Receiver flaky = receiver(0, 2);
        publish(topic, 3);

        webhooks(topic, "hooks-two-urls", healthy.url(), flaky.url());

        awaitTrue(() -> flaky.messages.size() >= 3, "the flaky one gets all three: " + flaky.messages);
        assertEquals(messages(3), healthy.messages, "the healthy one each once");
        assertEquals(messages(3), flaky.messages);
        awaitTrue(() -> committed("hooks-two-urls", topic) == 3, "committed once both took them");
    }

    private Receiver receiver(int port, int failures) throws IOException {
        Receiver receiver = new Receiver(port, failures);
        open.add(receiver);
        return receiver;
    }

    private AlertWebhooks webhooks(String topic, String group, URI... urls) {
        ServeSettings settings = new ServeSettings(true, "127.0.0.1", 0, "127.0.0.1", 100, List.of(urls), group,
                Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(2));
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        AlertWebhooks webhooks = AlertWebhooks.start(client, topic, settings);
        open.add(0, webhooks);
        return webhooks;
    }

    private static String topic(String name) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
        return name;
    }

    /** {@code n} more alerts of one tracker, numbered on from those already on the topic ("alert 1", "alert 2", ...). */
    private static void publish(String topic, int n) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(props, new StringSerializer(),
                JsonSerde.serializer(Alert.class))) {
            int before = (int) endOffset(topic);
            for (int i = 1; i <= n; i++) {
                Alert alert = new Alert(AlertKind.CHANGE, "alert " + (before + i), "prk-troops-in-russia", "daily",
                        null, null, "USA", 3_000L, 10_000L, 2.33, null, null, "Pentagon", "Reuters", "a-" + i,
                        Instant.parse("2024-10-28T17:00:00Z"), java.util.List.of());
                producer.send(new ProducerRecord<>(topic, "prk-troops-in-russia", alert)).get();
            }
        }
    }

    private static List<String> messages(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "alert " + i).toList();
    }

    private static long endOffset(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            var tp = new TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(tp, org.apache.kafka.clients.admin.OffsetSpec.latest())).all().get().get(tp).offset();
        }
    }

    private static long committed(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata o = offsets.get(new TopicPartition(topic, 0));
            return o == null ? 0 : o.offset();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(100);
        }
    }
}

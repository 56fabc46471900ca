package claimwatch.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import claimwatch.topology.TopicCreator;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.raft.DynamicVoter;
import org.apache.kafka.raft.DynamicVoters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) running inside
 * this JVM, on 127.0.0.1, with its data under a work directory.
 *
 * <p>Start: the data directory is formatted once (as {@code kafka-storage.sh format --standalone}
 * would, with the fixed {@link #CLUSTER_ID}), then {@link KafkaRaftServer} is started. A later
 * start on the same work directory finds the formatted directory and reuses its data.
 *
 * <p>Settings: {@code config/local-broker.properties} from the working directory if present,
 * otherwise the same file from the classpath (the build copies {@code config/} into the jar),
 * with the caller's overrides on top. The keys {@value #BROKER_PORT} and {@value #CONTROLLER_PORT}
 * choose the ports (0 = any free port). Identity, listeners and directories are set here and
 * may not be overridden.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** The broker settings file, relative to the working directory and on the classpath. */
    public static final String CONFIG_FILE = "config/local-broker.properties";
    /** Client port of the broker; 0 or absent = a free port. Not a Kafka key, removed before Kafka sees the config. */
    public static final String BROKER_PORT = "local.broker.port";
    /** Port of the KRaft controller; 0 or absent = a free port. Not a Kafka key either. */
    public static final String CONTROLLER_PORT = "local.controller.port";
    /** Every local work directory is formatted with this id, so restarts on the same data find it again. */
    public static final String CLUSTER_ID = "Y2xhaW13YXRjaC1sb2NhbA"; // "claimwatch-local", base64

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final long ADMIN_TIMEOUT_MS = 30_000;
    /** Kafka keys this class sets; the settings file and the overrides may not. */
    private static final List<String> OWN_KEYS = List.of("node.id", "broker.id", "process.roles",
            "listeners", "advertised.listeners", "listener.security.protocol.map", "inter.broker.listener.name",
            "controller.listener.names", "controller.quorum.voters", "controller.quorum.bootstrap.servers",
            "log.dirs", "log.dir", "metadata.log.dir");

    private final Properties serverProps;
    private final String bootstrapServers;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Properties serverProps, String bootstrapServers) {
        this.serverProps = serverProps;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats {@code workDir} if it is not formatted yet and starts the broker. Returns once the
     * broker is registered with its controller, unfenced and accepting client requests.
     *
     * @param workDir   where the broker keeps its data (created if missing)
     * @param overrides broker properties that win over {@value #CONFIG_FILE}; may be null
     * @throws IllegalArgumentException if the settings name a key this class sets (listeners,
     *         node.id, log.dirs, ...) or a port that is not a number
     */
    public static EmbeddedKafkaBroker start(Path workDir, Properties overrides) {
        Properties settings = loadSettings();
        if (overrides != null) {
            settings.putAll(overrides);
        }
        for (String key : OWN_KEYS) {
            if (settings.containsKey(key)) {
                throw new IllegalArgumentException(key + " is set by EmbeddedKafkaBroker itself (ports: "
                        + BROKER_PORT + ", " + CONTROLLER_PORT + "; data: the work directory)");
            }
        }
        Path dataDir = workDir.toAbsolutePath().resolve("kafka-data");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker data directory " + dataDir, e);
        }
        int brokerPort = portOrFree(settings, BROKER_PORT);
        int controllerPort = portOrFree(settings, CONTROLLER_PORT);
        settings.remove(BROKER_PORT);
        settings.remove(CONTROLLER_PORT);

        Properties props = new Properties();
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("process.roles", "broker,controller");
        props.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        props.put("listener.security.protocol.map",
                BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        // A dynamic (KIP-853) quorum of one voter, as `kafka-storage.sh format --standalone` sets up.
        props.put("controller.quorum.bootstrap.servers", HOST + ":" + controllerPort);
        props.put("log.dirs", dataDir.toString());
        props.putAll(settings);

        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(props, HOST + ":" + brokerPort);
        long t0 = System.nanoTime();
        format(KafkaConfig.fromProps(props, false), controllerPort);
        broker.startServer();
        log.info("Kafka broker ready at {} in {} ms, data in {}", broker.bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), dataDir);
        return broker;
    }

    /** {@code host:port} for clients, e.g. {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates the given topics and waits until they exist. Topics that already exist are left as
     * they are (their partition count is not checked).
     */
    public void createTopics(Collection<NewTopic> topics) {
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        TopicCreator.createMissing(adminProps, topics);
    }

    /** Stops the broker and keeps its data and port, for {@link #restart()}. Does nothing if already stopped. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
        log.info("Kafka broker at {} stopped in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    /** Starts the broker again on the same port and data, after {@link #stop()} (stops it first if running). */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("broker at " + bootstrapServers + " is closed");
        }
        stop();
        startServer();
    }

    /** Stops the broker. The data stays in the work directory; a new {@link #start} on it reuses it. */
    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }

    private synchronized void startServer() {
        // A KafkaRaftServer cannot be started twice; every start builds a new one on the same config.
        KafkaRaftServer newServer = new KafkaRaftServer(KafkaConfig.fromProps(serverProps, false), Time.SYSTEM);
        try {
            newServer.startup(); // returns when the broker is unfenced and its listeners accept requests
        } catch (RuntimeException | Error e) {
            try {
                newServer.shutdown();
                newServer.awaitShutdown();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        server = newServer;
    }

    /**
     * Writes meta.properties and the bootstrap metadata into an empty data directory, with a
     * standalone controller quorum (this node as its only voter). An already formatted directory
     * is left alone, after checking it belongs to {@link #CLUSTER_ID}.
     */
    private static void format(KafkaConfig config, int controllerPort) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        DynamicVoter self = new DynamicVoter(Uuid.randomUuid(), NODE_ID, HOST, controllerPort);
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(CLUSTER_ID)
                .setUnstableFeatureVersionsEnabled(config.unstableFeatureVersionsEnabled())
                .setIgnoreFormatted(true)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setHasDynamicQuorum(true)
                .setInitialControllers(new DynamicVoters(List.of(self)))
                .setDirectories(config.logDirs());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka data directory " + config.logDirs() + ": " + e.getMessage(), e);
        }
        log.debug("Kafka storage format: {}", output.toString(StandardCharsets.UTF_8).trim());
    }

    /** {@value #CONFIG_FILE} from the working directory if it exists, else from the classpath. */
    static Properties loadSettings() {
        Properties settings = new Properties();
        Path file = Path.of(CONFIG_FILE);
        try {
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    settings.load(in);
                }
                log.debug("Broker settings from {}", file.toAbsolutePath());
                return settings;
            }
            try (InputStream in = EmbeddedKafkaBroker.class.getResourceAsStream("/" + CONFIG_FILE)) {
                if (in == null) {
                    throw new IllegalStateException(CONFIG_FILE + " is neither in the working directory nor on the classpath");
                }
                settings.load(in);
            }
            log.debug("Broker settings from classpath:/{}", CONFIG_FILE);
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIG_FILE, e);
        }
    }

    private static int portOrFree(Properties settings, String key) {
        String value = settings.getProperty(key, "0").trim();
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number, not '" + value + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(key + " must be a port number, not " + port);
        }
        return port != 0 ? port : freePort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + HOST, e);
        }
    }
}

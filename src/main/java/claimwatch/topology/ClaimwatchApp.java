package claimwatch.topology;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.ClaimExtractor;
import claimwatch.track.TrackingSettings;
import claimwatch.track.WindowSpec;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One running claimwatch instance: the topology in a {@link KafkaStreams}, started and stopped.
 * Scale out by starting more instances with the same {@code application.id}; Kafka Streams
 * spreads the partitions over them.
 */
public final class ClaimwatchApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClaimwatchApp.class);

    /**
     * How often Kafka's own metrics are looked at again for new ones: a partition assigned after a
     * rebalance brings its lag metric with it. Micrometer's default is a minute.
     */
    private static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics kafkaMetrics;
    private final ScheduledExecutorService metricsRefresh;
    private final JvmGcMetrics gcMetrics;

    private ClaimwatchApp(KafkaStreams streams, PrometheusMeterRegistry registry) {
        this.streams = streams;
        this.registry = registry;
        this.metricsRefresh = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimwatch-metrics-refresh");
            t.setDaemon(true);
            return t;
        });
        this.kafkaMetrics = new KafkaStreamsMetrics(streams, Tags.empty(), metricsRefresh, KAFKA_METRICS_REFRESH);
        kafkaMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        this.gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
    }

    public static ClaimwatchApp start(ClaimwatchConfig config) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PipelineMetrics metrics = PipelineMetrics.in(registry,
                TrackingSettings.from(config).windows().stream().map(WindowSpec::name).toList());
        KafkaStreams streams = create(config, metrics);
        ensureStateLayout(config, streams);
        try {
            streams.start();
        } catch (ProcessorStateException e) {
            // Kafka Streams opens every local store as it starts and takes one it cannot open as fatal. A
            // SIGKILL while it wiped a task's state after an earlier crash leaves such a store behind, and
            // the instance would never start again. Local state is a cache of the changelogs: drop it, restore.
            log.warn("local state under {} cannot be opened ({}); deleting it, to restore from the changelogs",
                    config.get("state.dir", "the state directory"), e.getMessage());
            streams.close(Duration.ofSeconds(30));
            streams.cleanUp();
            streams = create(config, metrics);
            streams.start();
        }
        return new ClaimwatchApp(streams, registry);
    }

    /**
     * Wipes local state written with another layout of the dedup stores than this release's, before
     * {@code streams} starts ({@link StateLayout}); it is restored from the changelogs.
     */
    static boolean ensureStateLayout(ClaimwatchConfig config, KafkaStreams streams) {
        Properties props = config.streamsProperties();
        Object stateDir = props.getOrDefault(StreamsConfig.STATE_DIR_CONFIG,
                StreamsConfig.configDef().defaultValues().get(StreamsConfig.STATE_DIR_CONFIG));
        Path appDir = Path.of(stateDir.toString(), props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
        return StateLayout.ensure(appDir, DedupStores.layout(TrackingSettings.from(config).dedupSegmentInterval()), streams::cleanUp);
    }

    private static KafkaStreams create(ClaimwatchConfig config, PipelineMetrics metrics) {
        Properties props = config.streamsProperties();
        props.put(PipelineMetrics.CONFIG_KEY, metrics);
        // A record too large for its topic is refused before it can end the transaction (SizeCheckedProducer)
        TopicSizeLimits limits = new TopicSizeLimits(TopicCreator.maxMessageBytes(config.clientProperties(),
                Topics.from(config).all()));
        KafkaStreams streams = new KafkaStreams(
                ClaimwatchTopology.build(config, ClaimExtractor.withDefaultVocabulary(), metrics), props,
                new SizeCheckedClientSupplier(limits));
        // A processing bug must not stop the instance: the record goes to the dead-letter topic
        // (processing exception handler), and anything that still escapes costs one thread, which is replaced.
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        return streams;
    }

    /**
     * Creates the application's topics where they are missing; existing ones are left as they are.
     * Records carry publication time, often months old, so time-based retention is
     * {@code claimwatch.topic.retention.ms} (default: keep forever) rather than the broker's week.
     */
    public static void createTopics(ClaimwatchConfig config) {
        Topics topics = Topics.from(config);
        Optional<Integer> partitions = Optional.of(config.topicPartitions());
        String retention = config.get("claimwatch.topic.retention.ms", "-1");
        List<NewTopic> wanted = topics.all().stream()
                .map(name -> new NewTopic(name, partitions, Optional.empty()).configs(topics.compacted().contains(name)
                        ? Map.of("cleanup.policy", "compact")
                        : Map.of("retention.ms", retention)))
                .toList();
        TopicCreator.createMissing(config.clientProperties(), wanted);
    }

    /** Waits until the instance processes, or gives up after {@code timeout}. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (!state.isRunningOrRebalancing()) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** This instance's meters: claimwatch's own ({@link PipelineMetrics}), Kafka's clients and Streams, the JVM. */
    public PrometheusMeterRegistry metrics() {
        return registry;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        kafkaMetrics.close();
        gcMetrics.close();
        metricsRefresh.shutdownNow();
        registry.close();
    }
}

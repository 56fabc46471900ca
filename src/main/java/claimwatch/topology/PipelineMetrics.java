package claimwatch.topology;

import claimwatch.alert.AlertKind;
import claimwatch.extract.Measure;
import claimwatch.ingest.InvalidArticleException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * claimwatch's own meters, counted where the topology decides: articles read, claims written by
 * measure, dead letters by kind of reason, undated and late articles, alerts by kind, and the time
 * the extractor takes per article. {@code claimwatch.extract} knows nothing of them: the extractor is
 * timed at the topology's call site.
 *
 * <p>Every labelled series is registered at zero up front (each measure, alert kind, dead-letter
 * reason, window), so a dashboard shows a flat line rather than no data until the first event.
 *
 * <p>Counts are of processing, not of output: with exactly-once, a task that aborts a transaction and
 * reprocesses its records counts them again, while the topics hold them once.
 */
public final class PipelineMetrics {

    /** Streams config key under which {@link ClaimwatchApp} hands this object to {@link DeadLetterHandler}. */
    public static final String CONFIG_KEY = "claimwatch.pipeline.metrics";
    /** The reason label of a record a processor failed on for any other cause than a bad article. */
    static final String PROCESSING_ERROR = "processing_error";
    /** The reason label of a record the topology wrote that Kafka can never take: too large for its topic, or unserializable. */
    static final String PRODUCTION_ERROR = "production_error";

    private final MeterRegistry registry;
    private final Counter articles;
    private final Counter undated;
    private final Map<Measure, Counter> claims = new EnumMap<>(Measure.class);
    private final Map<AlertKind, Counter> alerts = new EnumMap<>(AlertKind.class);
    private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();
    private final Map<String, Counter> late = new ConcurrentHashMap<>();
    private final Timer extraction;

    private PipelineMetrics(MeterRegistry registry, Collection<String> windows) {
        this.registry = registry;
        articles = Counter.builder("claimwatch.articles.in")
                .description("Articles read from the articles topic that parsed as articles").register(registry);
        undated = Counter.builder("claimwatch.articles.undated")
                .description("Articles with no publication time (stamped with their record time, or set aside in replay)")
                .register(registry);
        for (Measure m : Measure.values()) {
            claims.put(m, Counter.builder("claimwatch.claims.out").tag("measure", m.toString())
                    .description("Claims written to the claims topic").register(registry));
        }
        for (AlertKind k : AlertKind.values()) {
            alerts.put(k, Counter.builder("claimwatch.alerts").tag("kind", k.toString())
                    .description("Alerts raised").register(registry));
        }
        for (InvalidArticleException.Kind k : InvalidArticleException.Kind.values()) {
            deadLetter(k.label());
        }
        deadLetter(PROCESSING_ERROR);
        deadLetter(PRODUCTION_ERROR);
        windows.forEach(this::lateCounter);
        extraction = Timer.builder("claimwatch.extraction")
                .description("Time the claim extractor takes per article")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
                        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5))
                .register(registry);
    }

    /** Meters in {@code registry}, with a late-article counter for each of {@code windows} (daily, weekly). */
    public static PipelineMetrics in(MeterRegistry registry, Collection<String> windows) {
        return new PipelineMetrics(registry, windows);
    }

    /** Counts nowhere: for topologies built without a registry (tests, benchmarks). */
    public static PipelineMetrics none() {
        return new PipelineMetrics(new CompositeMeterRegistry(), List.of());
    }

    public MeterRegistry registry() {
        return registry;
    }

    void articleIn() {
        articles.increment();
    }

    void undatedArticle() {
        undated.increment();
    }

    void claimOut(Measure measure) {
        claims.get(measure).increment();
    }

    void alert(AlertKind kind) {
        alerts.get(kind).increment();
    }

    void lateArticle(String window) {
        lateCounter(window).increment();
    }

    /** A dead letter: an invalid article by the kind of its reason, anything else as {@value #PROCESSING_ERROR}. */
    void deadLetter(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidArticleException invalid) {
                deadLetter(invalid.kind().label()).increment();
                return;
            }
        }
        deadLetter(PROCESSING_ERROR).increment();
    }

    /** A dead letter for a record the topology wrote that could never be produced. */
    void unproducible() {
        deadLetter(PRODUCTION_ERROR).increment();
    }

    <T> T timeExtraction(Supplier<T> extract) {
        return extraction.record(extract);
    }

    private Counter deadLetter(String reason) {
        return deadLetters.computeIfAbsent(reason, r -> Counter.builder("claimwatch.dead.letters").tag("reason", r)
                .description("Records sent to the dead-letter topic, by kind of reason").register(registry));
    }

    private Counter lateCounter(String window) {
        return late.computeIfAbsent(window, w -> Counter.builder("claimwatch.articles.late").tag("window", w)
                .description("Sightings set aside on late-articles because their window had closed").register(registry));
    }
}

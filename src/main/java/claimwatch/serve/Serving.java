package claimwatch.serve;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.topology.Topics;
import claimwatch.track.GazetteerPlaces;
import claimwatch.track.Tracker;
import claimwatch.track.Trackers;
import claimwatch.track.TrackingSettings;
import claimwatch.track.WindowSpec;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a running instance serves besides the topology: the query API and dashboard
 * ({@link QueryServer}) and the alert webhooks ({@link AlertWebhooks}). {@code run} and {@code local}
 * bind it before starting Kafka Streams, so {@code application.server} names the bound port, and start
 * it with the running {@link KafkaStreams}:
 *
 * <pre>
 *   try (Serving serving = Serving.bind(config);
 *        ClaimwatchApp app = ClaimwatchApp.start(serving.streamsConfig())) {
 *       serving.start(app);
 * </pre>
 */
public final class Serving implements AutoCloseable {

    private final ClaimwatchConfig config;
    private final ServeSettings settings;
    private final QueryServer server;
    private AlertFeed feed;
    private AlertWebhooks webhooks;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Serving(ClaimwatchConfig config, ServeSettings settings, QueryServer server) {
        this.config = config;
        this.settings = settings;
        this.server = server;
    }

    /** Binds the HTTP port (unless {@code claimwatch.http.enabled=false}); nothing is answered before {@link #start}. */
    public static Serving bind(ClaimwatchConfig config) {
        ServeSettings settings = ServeSettings.from(config);
        try {
            QueryServer server = settings.enabled() ? QueryServer.bind(settings.host(), settings.port()) : null;
            return new Serving(config, settings, server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + settings.host() + ":" + settings.port()
                    + " (claimwatch.http.host / claimwatch.http.port)", e);
        }
    }

    /** {@code config} with {@code application.server} naming this instance's API, unless the settings name one already. */
    public ClaimwatchConfig streamsConfig() {
        if (server == null || config.get(StreamsConfig.APPLICATION_SERVER_CONFIG, null) != null) {
            return config;
        }
        return config.with(StreamsConfig.APPLICATION_SERVER_CONFIG, settings.advertisedHost() + ":" + server.port());
    }

    public void start(ClaimwatchApp app) {
        KafkaStreams streams = app.streams();
        Topics topics = Topics.from(config);
        if (server != null) {
            TrackingSettings tracking = TrackingSettings.from(config);
            Trackers trackers = new Trackers(Trackers.load(tracking.trackersFile()), GazetteerPlaces.defaults());
            Map<String, Tracker> byName = new LinkedHashMap<>();
            trackers.all().forEach(t -> byName.put(t.name(), t));
            var windows = tracking.windows().stream().map(WindowSpec::name).toList();
            HostInfo self = HostInfo.buildFromEndpoint(streamsConfig().get(StreamsConfig.APPLICATION_SERVER_CONFIG, null));
            MetadataService metadata = new MetadataService(streams, self);
            Peers peers = new Peers();
            feed = new AlertFeed(config.clientProperties(), topics.alerts(), settings.recentAlerts());
            feed.start();
            server.serve(new QueryServer.Resources(
                    new TimelineResource(streams, metadata, peers, byName, windows),
                    new ClaimsResource(streams, metadata, peers, byName, trackers.places()),
                    new AlertsResource(feed, byName),
                    new DashboardResource(),
                    new InstancesResource(streams, metadata),
                    new HealthResource(streams, config.clientProperties()),
                    app.metrics()));
        }
        if (!settings.webhookUrls().isEmpty()) {
            webhooks = AlertWebhooks.start(config.clientProperties(), topics.alerts(), settings);
        }
    }

    /** Answers {@code /api/feeds} with the health of the feeds this instance watches. */
    public void serveFeeds(java.util.function.Supplier<java.util.List<claimwatch.watch.FeedStatus>> status) {
        if (server != null) {
            server.serveFeeds(new FeedsResource(status));
        }
    }

    /** The dashboard's address, when HTTP is on. */
    public Optional<URI> dashboard() {
        if (server == null) {
            return Optional.empty();
        }
        String host = settings.host().equals("0.0.0.0") ? settings.advertisedHost() : settings.host();
        return Optional.of(URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/"));
    }

    /** Stops serving; safe to call twice (the shutdown hook of {@code run} and its try-with-resources both do). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (webhooks != null) {
            webhooks.close();
        }
        if (server != null) {
            server.close();
        }
        if (feed != null) {
            feed.close();
        }
    }
}

package claimwatch.testing;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.Topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of one claimwatch run in a reliability test: the bundled
 * {@code config/claimwatch.properties}, its own application id, state directory and output topics
 * (all suffixed with the run's name), and the shared {@code articles} topic. Several runs over the
 * same input on one broker then never see each other's outputs.
 */
public final class RunSettings {

    private final Properties props;
    private final String run;

    private RunSettings(Properties props, String run) {
        this.props = props;
        this.run = run;
    }

    public static RunSettings of(String run, String bootstrapServers, Path workDir) {
        Properties props = bundled();
        Topics defaults = Topics.defaults();
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key);
            boolean outputTopicKey = key.startsWith("claimwatch.topic.") && !value.equals(defaults.articles())
                    && defaults.all().contains(value);
            if (outputTopicKey || key.equals("errors.dead.letter.queue.topic.name")) {
                props.setProperty(key, value + "-" + run);
            }
        }
        props.setProperty("bootstrap.servers", bootstrapServers);
        props.setProperty("application.id", "claimwatch-" + run);
        props.setProperty("state.dir", workDir.resolve("state-" + run).toString());
        // A killed instance's place in the group is given up after this long, instead of the default 45 s.
        props.setProperty("session.timeout.ms", "6000");
        props.setProperty("heartbeat.interval.ms", "1000");
        // `run` serves the query API; a free port each, so runs side by side never fight over 8080.
        props.setProperty("claimwatch.http.port", "0");
        RunSettings settings = new RunSettings(props, run);
        Topics topics = Topics.from(settings.config());
        for (String topic : OutputSnapshot.outputTopics(topics).values()) {
            if (!topic.endsWith("-" + run)) {
                throw new IllegalStateException("output topic " + topic + " has no claimwatch.topic.* key in "
                        + "config/claimwatch.properties, so two runs would share it");
            }
        }
        return settings;
    }

    public RunSettings with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(props);
        copy.setProperty(key, value);
        return new RunSettings(copy, run);
    }

    public String run() {
        return run;
    }

    public String applicationId() {
        return props.getProperty("application.id");
    }

    public ClaimwatchConfig config() {
        Map<String, String> settings = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> settings.put(k, props.getProperty(k)));
        return ClaimwatchConfig.of(settings);
    }

    public Topics topics() {
        return Topics.from(config());
    }

    /** Writes the settings as a properties file, for {@code claimwatch run --config FILE}. */
    public Path write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "claimwatch run " + run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Properties bundled() {
        Properties props = new Properties();
        try (InputStream in = RunSettings.class.getResourceAsStream("/config/claimwatch.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}

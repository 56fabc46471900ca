package claimwatch.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * claimwatch's settings, read the way Kafka reads its own: a {@code .properties} file. Keys
 * starting with {@code claimwatch.} are the application's; every other key is Kafka's and is
 * passed through untouched, which is how security settings (SASL_SSL, SCRAM, mTLS) reach the
 * clients.
 */
public final class ClaimwatchConfig {

    /** Where the settings are looked for when no file is named: the working directory's {@code config/}. */
    public static final Path DEFAULT_FILE = Path.of("config", "claimwatch.properties");
    private static final String PREFIX = "claimwatch.";
    private static final String BUNDLED = "/config/claimwatch.properties";
    private static final String DEAD_LETTER_TOPIC = "errors.dead.letter.queue.topic.name";

    private final Properties props;

    private ClaimwatchConfig(Properties props) {
        this.props = props;
    }

    /** {@code file} if given; else {@code config/claimwatch.properties} if present; else the copy bundled in the jar. */
    public static ClaimwatchConfig load(Path file) {
        Path chosen = file != null ? file : (Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null);
        if (chosen == null) {
            return defaults();
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(chosen, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + chosen, e);
        }
        return new ClaimwatchConfig(props);
    }

    /** The defaults bundled in the jar, whatever the working directory holds: for tests. */
    public static ClaimwatchConfig defaults() {
        Properties props = new Properties();
        try (InputStream in = ClaimwatchConfig.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("no " + BUNDLED + " on the classpath");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClaimwatchConfig(props);
    }

    public static ClaimwatchConfig of(Map<String, String> settings) {
        Properties props = new Properties();
        props.putAll(settings);
        return new ClaimwatchConfig(props);
    }

    /** A copy with {@code key} set (or removed, for a null value). */
    public ClaimwatchConfig with(String key, String value) {
        Properties copy = copy();
        if (value == null) {
            copy.remove(key);
        } else {
            copy.setProperty(key, value);
        }
        return new ClaimwatchConfig(copy);
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public int getInt(String key, int fallback) {
        String value = props.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a whole number", e);
        }
    }

    /** An ISO-8601 duration setting ({@code P1D}, {@code PT6H}). */
    public java.time.Duration getDuration(String key, String fallback) {
        String value = get(key, fallback).strip();
        try {
            return java.time.Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not an ISO-8601 duration such as P1D or PT6H", e);
        }
    }

    public int articleMaxBytes() {
        return getInt("claimwatch.article.max.bytes", 2 * 1024 * 1024);
    }

    /** Claims one article may state; an article with more is dead-lettered (a generated page, not news). */
    public int articleMaxClaims() {
        return getInt("claimwatch.article.max.claims", 500);
    }

    public int topicPartitions() {
        return getInt("claimwatch.topic.partitions", 3);
    }

    /** Kafka's keys only: for Kafka Streams, and as the base of every producer, consumer and admin client. */
    public Properties kafkaProperties() {
        Properties kafka = new Properties();
        props.forEach((k, v) -> {
            if (!k.toString().startsWith(PREFIX)) {
                kafka.put(k, v);
            }
        });
        return kafka;
    }

    /** Kafka's keys for Kafka Streams, with the dead-letter topic behind the topic prefix like every other topic. */
    public Properties streamsProperties() {
        Properties streams = kafkaProperties();
        streams.put(DEAD_LETTER_TOPIC, deadLetterTopic());
        return streams;
    }

    /** Where Kafka Streams' exception handlers put records they reject ({@code errors.dead.letter.queue.topic.name}). */
    public String deadLetterTopic() {
        return get("claimwatch.topic.prefix", "") + get(DEAD_LETTER_TOPIC, "claimwatch-dead-letters");
    }

    /**
     * Settings a plain producer, consumer or admin client accepts: the connection and its security
     * ({@code bootstrap.servers}, {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, {@code client.dns.lookup}),
     * and {@code config.providers*}, without which a secret given as {@code ${file:...}} would reach
     * the client as that literal text.
     */
    public Properties clientProperties() {
        Properties client = new Properties();
        kafkaProperties().forEach((k, v) -> {
            String key = k.toString();
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.") || key.equals("client.dns.lookup") || key.startsWith("config.providers")) {
                client.put(key, v);
            }
        });
        return client;
    }

    private Properties copy() {
        Properties copy = new Properties();
        copy.putAll(props);
        return copy;
    }
}

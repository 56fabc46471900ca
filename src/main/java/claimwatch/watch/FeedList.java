package claimwatch.watch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The feeds to watch, from a properties file ({@code config/feeds.properties}) or an OPML export.
 *
 * <pre>
 *   feed.un-news.url=https://news.un.org/feed/subscribe/en/news/all/rss.xml
 *   feed.un-news.source=UN News          # default: the URL's host
 *   feed.un-news.interval=PT10M          # default: default.interval
 *   default.interval=PT15M               # default: PT15M
 *   opml=my-subscriptions.opml           # also watch every feed of this OPML file (relative to this file)
 * </pre>
 */
public final class FeedList {

    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    private FeedList() {
    }

    /** {@code .opml} and {@code .xml} files as OPML, anything else as properties. */
    public static List<Feed> load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".opml") || name.endsWith(".xml")) {
            return Opml.read(file, DEFAULT_INTERVAL);
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed list " + file, e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return fromProperties(props, opml -> Opml.read(dir.resolve(opml), interval(props, "default.interval", DEFAULT_INTERVAL)));
    }

    /** A feed given by its URL alone ({@code --feed URL}): id made from host and path, source the host. */
    public static Feed ofUrl(String url, Duration interval) {
        URI uri = URI.create(url.strip());
        String host = uri.getHost() == null ? "" : uri.getHost();
        return new Feed(Opml.slug(host + (uri.getRawPath() == null ? "" : uri.getRawPath())), uri,
                host.startsWith("www.") ? host.substring(4) : host, interval);
    }

    interface OpmlReader {
        List<Feed> read(String path);
    }

    static List<Feed> fromProperties(Properties props, OpmlReader opmlReader) {
        Duration defaultInterval = interval(props, "default.interval", DEFAULT_INTERVAL);
        TreeSet<String> ids = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("feed.") && key.lastIndexOf('.') > "feed.".length()) {
                ids.add(key.substring("feed.".length(), key.lastIndexOf('.')));
            } else if (!key.equals("default.interval") && !key.equals("opml")) {
                throw new IllegalArgumentException("feed list: unknown key " + key
                        + " (feed.<id>.url|source|interval, default.interval, opml)");
            }
        }
        Map<String, Feed> feeds = new LinkedHashMap<>();
        for (String id : ids) {
            String prefix = "feed." + id + ".";
            for (String key : props.stringPropertyNames()) {
                if (key.startsWith(prefix) && !List.of("url", "source", "interval").contains(key.substring(prefix.length()))) {
                    throw new IllegalArgumentException("feed list: unknown key " + key + " (url, source, interval)");
                }
            }
            String url = props.getProperty(prefix + "url");
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("feed list: feed " + id + " has no " + prefix + "url");
            }
            URI uri = URI.create(url.strip());
            feeds.put(id, new Feed(id, uri, props.getProperty(prefix + "source", uri.getHost()).strip(),
                    interval(props, prefix + "interval", defaultInterval)));
        }
        String opml = props.getProperty("opml");
        if (opml != null && !opml.isBlank()) {
            for (String path : opml.split(",")) {
                for (Feed feed : opmlReader.read(path.strip())) {
                    feeds.putIfAbsent(feed.id(), feed);
                }
            }
        }
        return List.copyOf(new ArrayList<>(feeds.values()));
    }

    private static Duration interval(Properties props, String key, Duration fallback) {
        String value = props.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("feed list: " + key + "=" + value + " is not an ISO-8601 duration such as PT15M", e);
        }
    }
}

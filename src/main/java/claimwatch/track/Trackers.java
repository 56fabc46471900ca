package claimwatch.track;

import claimwatch.dedup.ClaimSighting;
import claimwatch.extract.Measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The tracked series, read from {@code config/trackers.properties} ({@code tracker.<name>.<field>}),
 * and which of them a sighting belongs to.
 */
public final class Trackers {

    private static final String BUNDLED = "/config/trackers.properties";

    private final List<Tracker> trackers;
    private final Places places;

    public Trackers(List<Tracker> trackers, Places places) {
        this.trackers = List.copyOf(trackers);
        this.places = places;
    }

    /** {@code file} if given, else {@code config/trackers.properties} if present, else the bundled copy. */
    public static List<Tracker> load(Path file) {
        Properties props = new Properties();
        Path chosen = file != null ? file : Path.of("config", "trackers.properties");
        try {
            if (file != null || Files.isRegularFile(chosen)) {
                try (Reader reader = Files.newBufferedReader(chosen, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
            } else {
                try (InputStream in = Trackers.class.getResourceAsStream(BUNDLED)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + BUNDLED + " on the classpath");
                    }
                    props.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trackers from " + chosen, e);
        }
        return parse(props);
    }

    /** The trackers of {@code tracker.<name>.<field>} properties, sorted by name. */
    public static List<Tracker> parse(Properties props) {
        TreeSet<String> names = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts.length >= 3 && parts[0].equals("tracker")) {
                names.add(parts[1]);
            }
        }
        List<Tracker> trackers = new ArrayList<>();
        for (String name : names) {
            String prefix = "tracker." + name + ".";
            String force = required(props, prefix + "force").toUpperCase(Locale.ROOT);
            String measure = required(props, prefix + "measure");
            Measure m;
            try {
                m = Measure.valueOf(measure.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + "measure=" + measure
                        + " is none of deployed, killed, wounded, casualties, captured", e);
            }
            String place = props.getProperty(prefix + "place");
            trackers.add(new Tracker(name,
                    props.getProperty(prefix + "title", name).strip(),
                    force, m,
                    place == null || place.isBlank() ? null : place.strip(),
                    Boolean.parseBoolean(props.getProperty(prefix + "unplaced.included", "true").strip())));
        }
        return trackers;
    }

    private static String required(Properties props, String key) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value.strip();
    }

    public List<Tracker> all() {
        return trackers;
    }

    public Places places() {
        return places;
    }

    /** The trackers whose series the sighting is a figure of ({@link Tracker#counts}, on the sighting's canonical place). */
    public List<Tracker> matching(ClaimSighting sighting) {
        return trackers.stream().filter(t -> matches(t, sighting)).toList();
    }

    boolean matches(Tracker tracker, ClaimSighting sighting) {
        var claim = sighting.claim();
        return tracker.counts(claim.force(), claim.measure(), sighting.place(), places);
    }
}

package claimwatch.track;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code CODE: name, name, ...} lists under {@code src/main/resources/track/}. */
final class Resources {

    /** One line of a list: the head before the colon and the names after it. */
    record Entry(String head, List<String> names) {
    }

    private Resources() {
    }

    static List<Entry> read(String resource) {
        InputStream in = Resources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + resource + " on the classpath");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (String name : line.substring(colon + 1).split(",")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
                entries.add(new Entry(line.substring(0, colon).strip(), List.copyOf(names)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return entries;
    }
}

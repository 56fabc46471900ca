package claimwatch.topology;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * What an instance's local state looks like on disk where Kafka Streams cannot tell: the segment interval of
 * the dedup stores ({@link DedupStores}), which names their segments' directories. Kafka Streams opens a
 * window store's directories by the interval it is given now; directories written with another interval
 * are mapped to the wrong segments, and some are never found again nor deleted. So the layout is written
 * to {@value #FILE} in the application's state directory ({@code <state.dir>/<application.id>}), and local
 * state of any other layout, or of a release that wrote none (segments of half the retention), is wiped
 * before the instance starts: it is a cache of the changelogs, and is restored from them (the stores
 * without a changelog are derived again from those restored, docs/tracking.md).
 */
final class StateLayout {

    static final String FILE = "claimwatch-state-layout";

    private static final Logger log = LoggerFactory.getLogger(StateLayout.class);

    private StateLayout() {
    }

    /**
     * Makes the local state under {@code appDir} of {@code layout}: if it holds a task's state written with
     * another layout or with none recorded, {@code wipe} deletes it (Kafka Streams' {@code cleanUp()}, before
     * {@code start()}). Then {@code layout} is recorded.
     *
     * @return whether local state was wiped
     */
    static boolean ensure(Path appDir, String layout, Runnable wipe) {
        Path file = appDir.resolve(FILE);
        try {
            String recorded = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
            if (layout.equals(recorded)) {
                return false;
            }
            boolean wiped = false;
            if (holdsState(appDir)) {
                log.warn("local state under {} was written with {}, this release keeps {}: deleting it, to restore from the"
                        + " changelogs", appDir, recorded == null ? "dedup segments of half the retention" : recorded, layout);
                wipe.run();
                wiped = true;
            }
            Files.createDirectories(appDir);
            Path written = appDir.resolve(FILE + ".tmp");
            Files.writeString(written, layout + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return wiped;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or record the state layout in " + appDir, e);
        }
    }

    /** A directory in the application's state directory: a task's (or the global stores') state. */
    private static boolean holdsState(Path appDir) throws IOException {
        if (!Files.isDirectory(appDir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(appDir)) {
            return entries.anyMatch(Files::isDirectory);
        }
    }
}

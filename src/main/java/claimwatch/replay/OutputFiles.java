package claimwatch.replay;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.function.Function;

import static claimwatch.replay.ExternalSort.readString;
import static claimwatch.replay.ExternalSort.writeString;

/**
 * Writes a replay's output topics as JSON Lines, sorted so that the same archive gives the same
 * bytes. Each topic is read once and sorted on disk ({@link ExternalSort}): the heap holds one
 * sort chunk, however long the topic.
 */
final class OutputFiles {

    /** How long reading a topic may go without a record before it fails. */
    private static final Duration READ_STALL = Duration.ofMinutes(2);

    /** A record of {@code claims} or {@code alerts}: its timestamp (event time) and its value, the line. */
    private record Event(long timestamp, String line) {
    }

    /** An estimate, its window and its line: the value with {@code "closed"} added. */
    private record WindowEstimate(String windowStart, String window, String tracker, String line) {
    }

    private static final Comparator<Event> EVENT_ORDER = Comparator
            .comparingLong(Event::timestamp)
            .thenComparing(Event::line);

    private static final Comparator<WindowEstimate> WINDOW_ORDER = Comparator
            .comparing(WindowEstimate::windowStart)
            .thenComparing(WindowEstimate::window)
            .thenComparing(WindowEstimate::tracker);

    private final Properties clientProps;
    private final Path workDir;
    private final long chunkBytes;

    /** Reads with {@code clientProps}; sorts in chunks of about {@code chunkBytes}, spilled under {@code workDir}. */
    OutputFiles(Properties clientProps, Path workDir, long chunkBytes) {
        this.clientProps = clientProps;
        this.workDir = workDir;
        this.chunkBytes = chunkBytes;
    }

    /** The values of {@code topic} by timestamp, then value: claims, alerts. Returns the lines written. */
    long inEventOrder(String topic, Path file) throws IOException {
        try (ExternalSort<Event> events = new ExternalSort<>(workDir, chunkBytes, EVENT_ORDER, EVENT)) {
            TopicDump.forEach(clientProps, topic, READ_STALL, r -> events.add(new Event(r.timestamp(), r.value())));
            return write(file, events.sorted(), Event::line);
        }
    }

    /**
     * Every window the archive closed ({@code closedTopic}, {@code "closed": true}) and the last
     * running value of each window it left open ({@code updatesTopic}, {@code "closed": false}), by
     * window start, window and tracker. The sort is stable and a window's updates go in before its
     * closed estimate, so the last record of each window is the one to write.
     */
    long estimates(String updatesTopic, String closedTopic, Path file) throws IOException {
        try (ExternalSort<WindowEstimate> windows = new ExternalSort<>(workDir, chunkBytes, WINDOW_ORDER, WINDOW)) {
            TopicDump.forEach(clientProps, updatesTopic, READ_STALL, r -> windows.add(estimate(r.value(), false)));
            TopicDump.forEach(clientProps, closedTopic, READ_STALL, r -> windows.add(estimate(r.value(), true)));
            return write(file, lastOfEach(windows.sorted(), WINDOW_ORDER), WindowEstimate::line);
        }
    }

    /** Writes one line an item. Returns the lines written. */
    static <T> long write(Path file, Iterator<T> items, Function<T, String> line) throws IOException {
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (items.hasNext()) {
                out.write(line.apply(items.next()));
                out.newLine();
                written++;
            }
        }
        return written;
    }

    private static WindowEstimate estimate(String json, boolean closed) {
        try {
            ObjectNode estimate = (ObjectNode) Json.MAPPER.readTree(json);
            estimate.put("closed", closed);
            return new WindowEstimate(estimate.path("windowStart").asText(), estimate.path("window").asText(),
                    estimate.path("tracker").asText(), Json.MAPPER.writeValueAsString(estimate));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Of each run of items that {@code same} finds equal in {@code sorted}, the last. */
    private static <T> Iterator<T> lastOfEach(Iterator<T> sorted, Comparator<? super T> same) {
        return new Iterator<>() {
            private T next = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                T last = next;
                next = null;
                while (sorted.hasNext()) {
                    T item = sorted.next();
                    if (same.compare(item, last) != 0) {
                        next = item;
                        break;
                    }
                    last = item;
                }
                return last;
            }
        };
    }

    private static final ExternalSort.Codec<Event> EVENT = new ExternalSort.Codec<>() {
        @Override
        public void write(DataOutputStream out, Event event) throws IOException {
            out.writeLong(event.timestamp());
            writeString(out, event.line());
        }

        @Override
        public Event read(DataInputStream in) throws IOException {
            return new Event(in.readLong(), readString(in));
        }

        @Override
        public long heapBytes(Event event) {
            return 96 + 2L * event.line().length();
        }
    };

    private static final ExternalSort.Codec<WindowEstimate> WINDOW = new ExternalSort.Codec<>() {
        @Override
        public void write(DataOutputStream out, WindowEstimate estimate) throws IOException {
            writeString(out, estimate.windowStart());
            writeString(out, estimate.window());
            writeString(out, estimate.tracker());
            writeString(out, estimate.line());
        }

        @Override
        public WindowEstimate read(DataInputStream in) throws IOException {
            return new WindowEstimate(readString(in), readString(in), readString(in), readString(in));
        }

        @Override
        public long heapBytes(WindowEstimate estimate) {
            return 192 + 2L * (estimate.windowStart().length() + estimate.window().length()
                    + estimate.tracker().length() + estimate.line().length());
        }
    };
}

package claimwatch.replay;

import claimwatch.ingest.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

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
import java.util.Properties;
import java.util.function.Function;

import static claimwatch.replay.ExternalSort.readBytes;
import static claimwatch.replay.ExternalSort.readString;
import static claimwatch.replay.ExternalSort.writeBytes;
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

    /**
     * An estimate as the topic holds it, with its window and whether it is closed. Only the last of
     * each window is written, so only that one is parsed into a tree and written again with
     * {@code "closed"}: estimate-updates holds every running value, tens of kilobytes each.
     */
    private record WindowEstimate(String windowStart, String window, String tracker, byte[] value, boolean closed) {
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
            TopicDump.forEach(clientProps, topic, READ_STALL, new StringDeserializer(),
                    r -> events.add(new Event(r.timestamp(), r.value())));
            return write(file, events.sorted(), Event::line);
        }
    }

    /**
     * Every window the archive closed ({@code closedTopic}, {@code "closed": true}) and the last
     * running value of each window it left open ({@code updatesTopic}, {@code "closed": false}), by
     * window start, window and tracker. A window's updates go in before its closed estimate, and the
     * sort keeps the last record of each window.
     */
    long estimates(String updatesTopic, String closedTopic, Path file) throws IOException {
        try (ExternalSort<WindowEstimate> windows = ExternalSort.keepingLast(workDir, chunkBytes, WINDOW_ORDER, WINDOW)) {
            TopicDump.forEach(clientProps, updatesTopic, READ_STALL, new ByteArrayDeserializer(),
                    r -> windows.add(estimate(r.value(), false)));
            TopicDump.forEach(clientProps, closedTopic, READ_STALL, new ByteArrayDeserializer(),
                    r -> windows.add(estimate(r.value(), true)));
            return write(file, windows.sorted(), OutputFiles::line);
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

    /**
     * The estimate and its window. The topology writes {@code tracker}, {@code window} and
     * {@code windowStart} as strings among the first fields, so a streaming parser reads them without
     * going through the rest; a value that has them otherwise is read as a tree, as {@link #line} reads it.
     */
    private static WindowEstimate estimate(byte[] value, boolean closed) {
        String windowStart = null;
        String window = null;
        String tracker = null;
        try (JsonParser parser = Json.MAPPER.createParser(value)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                for (String name; (windowStart == null || window == null || tracker == null)
                        && (name = parser.nextFieldName()) != null; ) {
                    JsonToken token = parser.nextToken();
                    boolean key = name.equals("windowStart") || name.equals("window") || name.equals("tracker");
                    if (key && token != JsonToken.VALUE_STRING) {
                        break;
                    }
                    switch (name) {
                        case "windowStart" -> windowStart = parser.getText();
                        case "window" -> window = parser.getText();
                        case "tracker" -> tracker = parser.getText();
                        default -> parser.skipChildren();
                    }
                }
            }
            if (windowStart == null || window == null || tracker == null) {
                JsonNode tree = tree(value);
                return new WindowEstimate(tree.path("windowStart").asText(), tree.path("window").asText(),
                        tree.path("tracker").asText(), value, closed);
            }
            return new WindowEstimate(windowStart, window, tracker, value, closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of an estimate: its value with {@code "closed"} set. */
    private static String line(WindowEstimate estimate) {
        try {
            ObjectNode tree = (ObjectNode) tree(estimate.value());
            tree.put("closed", estimate.closed());
            return Json.MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as a tree, decoded as the topic's string deserialiser decodes it. */
    private static JsonNode tree(byte[] value) throws IOException {
        return Json.MAPPER.readTree(new String(value, StandardCharsets.UTF_8));
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
            writeBytes(out, estimate.value());
            out.writeBoolean(estimate.closed());
        }

        @Override
        public WindowEstimate read(DataInputStream in) throws IOException {
            return new WindowEstimate(readString(in), readString(in), readString(in), readBytes(in), in.readBoolean());
        }

        @Override
        public long heapBytes(WindowEstimate estimate) {
            return 192 + 2L * (estimate.windowStart().length() + estimate.window().length()
                    + estimate.tracker().length()) + estimate.value().length;
        }
    };
}

package claimwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns files into records for the {@code articles} topic: {@code .jsonl} (one contract article
 * a line) and {@code .txt} (one article a file, read by {@link TextArticleReader}); directories
 * are walked in name order.
 *
 * <p>A JSON line that is not a valid article is still sent, as it is and without a key: the
 * topology puts it on the dead-letter topic with its reason, where every producer's bad records
 * go, instead of this tool dropping it on the floor.
 */
public final class ArticleFiles {

    /** One record to publish. {@code key} and {@code publishedAt} are null when the line could not be read. */
    public record Entry(Path file, String key, Instant publishedAt, byte[] value, String problem) {
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final ArticleParser parser;
    private final TextArticleReader textReader = new TextArticleReader();

    public ArticleFiles(ArticleParser parser) {
        this.parser = parser;
    }

    /** The article files under each path, directories walked recursively, in a stable order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".json");
    }

    /** Reads one file and hands each record it holds to {@code sink}. */
    public void read(Path file, Consumer<Entry> sink) throws IOException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            String id = name.substring(0, name.lastIndexOf('.'));
            sink.accept(entry(file, textReader.read(id, Files.readString(file, StandardCharsets.UTF_8))));
            return;
        }
        // Lines are split as bytes, not decoded: a line that is not UTF-8 is one bad record for the
        // dead-letter topic, not a reason to stop halfway through the file. A buffer at a time: read
        // and copied byte by byte, through synchronized streams, splitting took nine tenths of the time
        // a replay spent sorting its archive.
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n; (n = in.read(buffer)) != -1; ) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        emitLine(file, line.toByteArray(), sink);
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(buffer, start, n - start);
            }
            emitLine(file, line.toByteArray(), sink);
        }
    }

    private void emitLine(Path file, byte[] line, Consumer<Entry> sink) {
        int end = line.length;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        boolean blank = true;
        for (int i = 0; i < end && blank; i++) {
            blank = line[i] == ' ' || line[i] == '\t';
        }
        if (!blank) {
            sink.accept(jsonLine(file, end == line.length ? line : Arrays.copyOf(line, end)));
        }
    }

    /** Reads the articles of a text file, a JSON Lines file or a whole directory (bundled samples, tests). */
    public List<Article> articles(Path path) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Path file : expand(List.of(path))) {
            read(file, entry -> {
                if (entry.problem() == null) {
                    articles.add(parser.parse(entry.value()));
                }
            });
        }
        return articles;
    }

    private Entry jsonLine(Path file, byte[] value) {
        try {
            Article article = parser.parse(value);
            return new Entry(file, article.id(), article.publishedAt(), value, null);
        } catch (InvalidArticleException e) {
            return new Entry(file, null, null, value, e.getMessage());
        }
    }

    private static Entry entry(Path file, Article article) {
        try {
            return new Entry(file, article.id(), article.publishedAt(), Json.MAPPER.writeValueAsBytes(article), null);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

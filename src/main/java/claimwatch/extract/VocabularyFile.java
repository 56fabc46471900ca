package claimwatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line-based vocabulary file: {@code #} starts a comment line, blank lines are skipped, and
 * columns are separated by {@code |}. Read from a user's directory when it holds the file,
 * else from the copy bundled under {@code vocab/en/}.
 */
final class VocabularyFile {

    static final String BUNDLED = "/vocab/en/";

    private VocabularyFile() {
    }

    static List<String[]> rows(Path dir, String name) {
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                    return parse(in);
                }
            }
            try (InputStream in = VocabularyFile.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IllegalStateException("no vocabulary file " + name);
                }
                return parse(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading vocabulary file " + name, e);
        }
    }

    static List<String[]> parse(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\\|", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }

    static String column(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }
}

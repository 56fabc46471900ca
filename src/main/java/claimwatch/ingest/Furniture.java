package claimwatch.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Page furniture patterns ({@code ingest/furniture.txt}): lines of a scraped page that are not the story. */
final class Furniture {

    enum Verdict { KEEP, DROP_LINE, DROP_REST }

    private final List<Pattern> lines;
    private final List<Pattern> ends;

    private Furniture(List<Pattern> lines, List<Pattern> ends) {
        this.lines = lines;
        this.ends = ends;
    }

    static Furniture load() {
        List<Pattern> lines = new ArrayList<>();
        List<Pattern> ends = new ArrayList<>();
        try (InputStream in = Furniture.class.getResourceAsStream("/ingest/furniture.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String raw; (raw = reader.readLine()) != null; ) {
                String entry = raw.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int colon = entry.indexOf(':');
                Pattern pattern = Pattern.compile(entry.substring(colon + 1).strip(), Pattern.CASE_INSENSITIVE);
                switch (entry.substring(0, colon)) {
                    case "line" -> lines.add(pattern);
                    case "end" -> ends.add(pattern);
                    default -> throw new IllegalStateException("furniture.txt: unknown kind in " + entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Furniture(List.copyOf(lines), List.copyOf(ends));
    }

    Verdict judge(String trimmedLine) {
        for (Pattern end : ends) {
            if (end.matcher(trimmedLine).matches()) {
                return Verdict.DROP_REST;
            }
        }
        for (Pattern line : lines) {
            if (line.matcher(trimmedLine).matches()) {
                return Verdict.DROP_LINE;
            }
        }
        return Verdict.KEEP;
    }
}

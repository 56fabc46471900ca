package claimwatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article as pages are saved and pasted: a title line, page furniture
 * ("Welcome to ...", "Read More: ...", "More From Author" and the list after it), a dateline
 * somewhere near the top, sometimes the page's URL.
 *
 * <p>The text keeps the title and the story; furniture and lines that are only a dateline are
 * dropped. The id is the file's name without extension, so publishing a file twice sends the
 * same article twice (which dedup then ignores).
 */
public final class TextArticleReader {

    private static final Pattern URL = Pattern.compile("^(https?://(?:www\\.)?([^/\\s]+)\\S*)$");
    /** {@code (Reuters) –}, {@code (AP) —}: the agency in a wire dateline. */
    private static final Pattern WIRE_AGENCY = Pattern.compile("\\(([A-Z][A-Za-z]{1,20})\\)\\s*[-–—]");

    private final Furniture furniture = Furniture.load();

    public Article read(String id, String raw) {
        String text = Texts.clean(raw.startsWith("\uFEFF") ? raw.substring(1) : raw);
        Optional<java.time.Instant> publishedAt = Datelines.find(text);
        List<String> kept = new ArrayList<>();
        String url = null;
        String source = null;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            Matcher link = URL.matcher(trimmed);
            if (link.matches() && url == null) {
                url = link.group(1);
                source = link.group(2);
            }
            Furniture.Verdict verdict = furniture.judge(trimmed);
            if (verdict == Furniture.Verdict.DROP_REST) {
                break;
            }
            if (verdict == Furniture.Verdict.DROP_LINE || isOnlyDateline(trimmed)) {
                continue;
            }
            kept.add(line);
        }
        String story = String.join("\n", kept).strip();
        Matcher agency = WIRE_AGENCY.matcher(story.substring(0, Math.min(story.length(), 300)));
        if (agency.find()) {
            source = agency.group(1);
        }
        String title = story.lines().findFirst().map(String::strip).orElse(null);
        return new Article(id, source, url, publishedAt.orElse(null), title, story);
    }

    private static boolean isOnlyDateline(String trimmed) {
        return !trimmed.isEmpty() && Datelines.parseLine(trimmed).isPresent() && !trimmed.contains("(");
    }
}

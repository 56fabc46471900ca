package claimwatch.watch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A fetched feed's items: RSS 0.9x/1.0/2.0 and Atom through ROME (which also works out the XML's
 * charset from the Content-Type header, the BOM and the XML declaration), JSON Feed through
 * {@link JsonFeedParser}. Anything else, or XML that is not a feed, is a {@link FetchFailed} with the reason.
 */
final class FeedParser {

    private FeedParser() {
    }

    static List<FeedItem> parse(Fetched fetched) throws FetchFailed {
        String type = fetched.mediaType();
        if (type.startsWith("text/html") || type.startsWith("image/") || type.startsWith("video/")
                || type.startsWith("audio/") || type.equals("application/pdf")) {
            throw new FetchFailed("content type " + type + " is not a feed");
        }
        if (type.contains("json") || startsWithBrace(fetched.body())) {
            return JsonFeedParser.parse(fetched.body());
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(fetched.body()), fetched.contentType(), true)) {
            // SyndFeedInput refuses DOCTYPEs by default: no entity expansion, no external DTDs (XXE)
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new FetchFailed("not a feed: " + firstLine(e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = Strings.blankToNull(entry.getLink());
            String title = Strings.blankToNull(entry.getTitle());
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String key = Strings.firstNonBlank(entry.getUri(), link,
                    title == null ? null : title + " " + (published == null ? "" : published.toInstant()));
            if (key == null) {
                continue;
            }
            items.add(new FeedItem(key, link, title == null ? null : Strings.htmlToText(title), text(entry),
                    published == null ? null : published.toInstant()));
        }
        return items;
    }

    /** The longest of the entry's contents and description, as plain text. */
    private static String text(SyndEntry entry) {
        List<SyndContent> contents = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            contents.add(entry.getDescription());
        }
        String best = null;
        for (SyndContent content : contents) {
            if (content.getValue() == null) {
                continue;
            }
            String text = Strings.htmlToText(content.getValue());
            if (best == null || text.length() > best.length()) {
                best = text;
            }
        }
        return Strings.blankToNull(best);
    }

    private static boolean startsWithBrace(byte[] body) {
        for (byte b : body) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

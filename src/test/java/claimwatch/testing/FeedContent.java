package claimwatch.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Feeds and article pages generated for tests: RSS 2.0, RSS 0.91, Atom 1.0 and JSON Feed of the same
 * items, and a news page with its story among navigation, a share bar, a cookie banner, related
 * links and comments, each furniture piece carrying a marker word the story never contains.
 */
public final class FeedContent {

    /** A feed item; {@code publishedAt} may be null. */
    public record Item(String id, String link, String title, String summary, Instant publishedAt) {
    }

    /** Words that appear only in a page's furniture: none may reach an article's text. */
    public static final List<String> FURNITURE_MARKERS = List.of("NAVMARKER", "SHAREMARKER", "COOKIEMARKER",
            "RELATEDMARKER", "COMMENTMARKER", "NEWSLETTERMARKER", "FOOTERMARKER");

    private FeedContent() {
    }

    public static String rss2(List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test wire</title><link>http://example.org/</link><description>tests</description>\n");
        for (Item item : items) {
            xml.append("<item><guid isPermaLink=\"false\">").append(esc(item.id())).append("</guid>");
            if (item.link() != null) {
                xml.append("<link>").append(esc(item.link())).append("</link>");
            }
            xml.append("<title>").append(esc(item.title())).append("</title>");
            if (item.summary() != null) {
                xml.append("<description>").append(esc(item.summary())).append("</description>");
            }
            if (item.publishedAt() != null) {
                xml.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.publishedAt().atOffset(ZoneOffset.UTC)))
                        .append("</pubDate>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    /** RSS 0.91: no guid, no dates; items are known by their link. */
    public static String rss091(List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"0.91\"><channel>"
                + "<title>Old wire</title><link>http://example.org/</link><description>tests</description><language>en</language>\n");
        for (Item item : items) {
            xml.append("<item><title>").append(esc(item.title())).append("</title><link>").append(esc(item.link()))
                    .append("</link>");
            if (item.summary() != null) {
                xml.append("<description>").append(esc(item.summary())).append("</description>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    public static String atom(List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Atom wire</title><id>urn:test:atom</id><updated>2024-11-01T00:00:00Z</updated>\n");
        for (Item item : items) {
            xml.append("<entry><id>").append(esc(item.id())).append("</id><title>").append(esc(item.title())).append("</title>");
            if (item.link() != null) {
                xml.append("<link rel=\"alternate\" href=\"").append(esc(item.link())).append("\"/>");
            }
            if (item.publishedAt() != null) {
                xml.append("<published>").append(item.publishedAt()).append("</published>");
                xml.append("<updated>").append(item.publishedAt()).append("</updated>");
            }
            if (item.summary() != null) {
                xml.append("<summary type=\"html\">").append(esc("<p>" + item.summary() + "</p>")).append("</summary>");
            }
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    public static String jsonFeed(List<Item> items) {
        StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"JSON wire\",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(jsonString(item.id()))
                    .append(",\"title\":").append(jsonString(item.title()));
            if (item.link() != null) {
                json.append(",\"url\":").append(jsonString(item.link()));
            }
            if (item.summary() != null) {
                json.append(",\"content_text\":").append(jsonString(item.summary()));
            }
            if (item.publishedAt() != null) {
                json.append(",\"date_published\":").append(jsonString(item.publishedAt().toString()));
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    /**
     * A news page: the story's paragraphs inside {@code <article>}, furniture around and inside it,
     * {@code <link rel=canonical>} when {@code canonical} is given, and the publication time in
     * {@code article:published_time} when {@code publishedMeta} is given.
     */
    public static String page(String title, List<String> paragraphs, String canonical, Instant publishedMeta) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" | Test News</title>");
        if (canonical != null) {
            html.append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">");
        }
        if (publishedMeta != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(publishedMeta).append("\">");
        }
        html.append("</head><body>")
                .append("<div id=\"cookie-banner\" class=\"cookie consent\"><p>We use cookies to improve your experience, COOKIEMARKER accept all.</p></div>")
                .append("<header><nav><ul><li><a href=\"/\">Home NAVMARKER world politics business</a></li></ul></nav></header>")
                .append("<main><article><h1>").append(esc(title)).append("</h1>")
                .append("<div class=\"share-bar\"><p>Share this story on social media SHAREMARKER now please.</p></div>");
        for (String p : paragraphs) {
            html.append("<p>").append(esc(p)).append("</p>");
        }
        html.append("<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/other\">Another story RELATEDMARKER about something else entirely</a></li></ul></aside>")
                .append("<div class=\"newsletter\"><p>Sign up for our daily NEWSLETTERMARKER briefing today.</p></div>")
                .append("</article>")
                .append("<section id=\"comments\" class=\"comments\"><p>Great article, thanks COMMENTMARKER for writing it.</p></section>")
                .append("</main><footer><p>Copyright Test News FOOTERMARKER all rights reserved.</p></footer></body></html>");
        return html.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

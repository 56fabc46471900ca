package claimwatch.watch;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Small text helpers for feed and page content. */
final class Strings {

    private Strings() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String firstNonBlank(String... candidates) {
        for (String s : candidates) {
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }

    /** HTML (or plain text) as plain text, one paragraph a line. */
    static String htmlToText(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder out = new StringBuilder();
        for (Element block : doc.body().select("p, li, h1, h2, h3, h4, blockquote")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }
        return out.length() == 0 ? doc.body().text().strip() : out.toString().strip();
    }
}

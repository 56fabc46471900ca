package claimwatch.watch;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The story on an article page, with jsoup: furniture removed first (navigation, header, footer,
 * asides, forms, and elements whose class, id or role says share bar, related links, comments,
 * cookie banner, newsletter, advert, ...), then the paragraphs of the story container
 * ({@code <article>}, {@code [itemprop=articleBody]}, {@code <main>}, else the container holding the
 * most paragraph text). The charset is the Content-Type header's, else the page's
 * {@code <meta charset>}, else jsoup's detection.
 */
final class PageExtractor {

    private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
            + "button, dialog, figure figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog]";
    /** Class / id words of page furniture; whole words, so "shared-story" or "commentary" do not match. */
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|more-stories|"
                    + "read-more|trending|popular|most-read|comments?|disqus|cookies?|consent|gdpr|newsletter|subscribe|"
                    + "signup|promo|advert|ads?|sponsored|banner|paywall|outbrain|taboola|byline-share|tags|footer|sidebar)"
                    + "($|[\\s_-])");
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private PageExtractor() {
    }

    static Page extract(Fetched fetched) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(fetched.body()),
                    fetched.charset().map(java.nio.charset.Charset::name).orElse(null), fetched.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI canonical = canonical(doc);
        String title = title(doc);
        // publication time first: the furniture removal takes <header> and its <time> with it
        java.time.Instant published = PageTimes.find(doc);
        removeFurniture(doc);
        String text = story(doc);
        return new Page(canonical, title, text, published);
    }

    private static URI canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String href = link != null ? link.absUrl("href") : null;
        if (href == null || href.isBlank()) {
            Element og = doc.selectFirst("meta[property=og:url][content]");
            href = og == null ? null : og.absUrl("content");
        }
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(href.strip());
            return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title][content]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return Strings.blankToNull(doc.title());
    }

    private static void removeFurniture(Document doc) {
        doc.select(FURNITURE_TAGS).remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || e.is("article, main")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (FURNITURE_NAMES.matcher(names).find()) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static String story(Document doc) {
        Element container = doc.selectFirst("[itemprop=articleBody]");
        if (container == null) {
            container = doc.selectFirst("article");
        }
        if (container == null) {
            container = doc.selectFirst("main, [role=main]");
        }
        if (container == null) {
            container = densest(doc);
        }
        StringBuilder out = new StringBuilder();
        for (Element p : container.select("p, h2, h3, blockquote, li")) {
            if (p.parents().stream().anyMatch(parent -> parent.is("p, blockquote, li"))) {
                continue;
            }
            String text = p.text().strip();
            boolean heading = p.is("h2, h3");
            if (text.length() >= MIN_PARAGRAPH_CHARS || (heading && !text.isEmpty())
                    || (p.is("p") && text.length() > 0 && text.matches(".*[.!?\"”]$"))) {
                out.append(text).append("\n\n");
            }
        }
        return out.toString().strip();
    }

    /** The element whose direct paragraphs hold the most text: the story on a page without semantic markup. */
    private static Element densest(Document doc) {
        Element best = doc.body();
        int bestChars = 0;
        for (Element parent : doc.body().getAllElements()) {
            Elements paragraphs = parent.children().select("> p");
            int chars = paragraphs.stream().mapToInt(p -> p.text().length()).sum();
            if (chars > bestChars) {
                bestChars = chars;
                best = parent;
            }
        }
        return best;
    }
}

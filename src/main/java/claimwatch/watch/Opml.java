package claimwatch.watch;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * OPML subscription lists, as feed readers export them: every {@code <outline xmlUrl="...">}, at any
 * depth, is a feed; its {@code title} (else {@code text}) is the source, and its id is made from it.
 */
final class Opml {

    private Opml() {
    }

    static List<Feed> read(Path file, java.time.Duration interval) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, interval);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OPML " + file, e);
        }
    }

    static List<Feed> parse(InputStream in, java.time.Duration interval) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // an OPML file has no business with entities or external DTDs (XXE)
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not an OPML file: " + e.getMessage(), e);
        }
        NodeList outlines = doc.getElementsByTagName("outline");
        List<Feed> feeds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String xmlUrl = outline.getAttribute("xmlUrl").strip();
            if (xmlUrl.isEmpty()) {
                continue;
            }
            URI url = URI.create(xmlUrl);
            String name = !outline.getAttribute("title").isBlank() ? outline.getAttribute("title")
                    : !outline.getAttribute("text").isBlank() ? outline.getAttribute("text") : url.getHost();
            String id = slug(name);
            for (int n = 2; !ids.add(id); n++) {
                id = slug(name) + "-" + n;
            }
            feeds.add(new Feed(id, url, name.strip(), interval));
        }
        return feeds;
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "feed" : slug;
    }
}

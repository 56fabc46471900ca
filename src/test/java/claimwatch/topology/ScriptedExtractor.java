package claimwatch.topology;

import claimwatch.extract.Claim;
import claimwatch.extract.Kind;
import claimwatch.extract.Evidence;
import claimwatch.extract.Measure;
import claimwatch.extract.Qualifier;
import claimwatch.ingest.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the claim extractor in topology tests: reads the claims an article states from
 * markers in its text, {@code {{PRK deployed 10000 high=12000 q=range place=Russia by=South_Korean_intelligence}}},
 * so dedup, tracking and alert tests do not depend on how well the real extractor reads prose.
 * A wire copy of an article carries the same markers, as it carries the same sentences.
 */
final class ScriptedExtractor {

    private static final Pattern MARKER = Pattern.compile("\\{\\{([^}]*)}}");

    private ScriptedExtractor() {
    }

    static List<Claim> extract(Article article) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = MARKER.matcher(article.text());
        while (m.find()) {
            String[] words = m.group(1).trim().split("\\s+");
            Map<String, String> opts = new HashMap<>();
            for (int i = 3; i < words.length; i++) {
                String[] kv = words[i].split("=", 2);
                opts.put(kv[0], kv[0].equals("q") ? kv[1] : kv[1].replace('_', ' '));
            }
            Long value = words[2].equals("vague") ? null : Long.valueOf(words[2]);
            Long high = opts.containsKey("high") ? Long.valueOf(opts.get("high")) : null;
            Qualifier q = opts.containsKey("q") ? Qualifier.valueOf(opts.get("q").toUpperCase(Locale.ROOT))
                    : high != null ? Qualifier.RANGE : Qualifier.EXACT;
            claims.add(new Claim(article.id(), words[0], Measure.valueOf(words[1].toUpperCase(Locale.ROOT)), value, high, q,
                    opts.get("place"), opts.get("by"), opts.get("party"),
                    opts.containsKey("kind") ? Kind.valueOf(opts.get("kind").toUpperCase(Locale.ROOT)) : Kind.TOTAL,
                    new Evidence(m.group(), m.start(), m.end()), words[2],
                    article.publishedAt(), article.source()));
        }
        return claims;
    }

    /** The marker for a claim, to put in a test article's text. */
    static String claim(String force, String measure, long value, String... options) {
        StringBuilder s = new StringBuilder("{{").append(force).append(' ').append(measure).append(' ').append(value);
        for (String o : options) {
            s.append(' ').append(o.replace(' ', '_'));
        }
        return s.append("}}").toString();
    }
}

package claimwatch.extract;

import claimwatch.ingest.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's text into the personnel claims it states. Pure Java: the topology and the
 * offline {@code extract} command call the same instance.
 *
 * <p>First cut: a keyword window (a number, then a personnel noun within a few words, a
 * nationality before it). Good enough to exercise the pipeline; see issue 3 for the real reader.
 */
public final class ClaimExtractor {

    private static final Pattern NUMBER_THEN_TROOPS = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+((?:North Korean|Russian|Ukrainian|U\\.S\\.|American)\\s+)?"
                    + "(?:\\w+\\s+){0,2}?(troops|soldiers|servicemen|personnel|forces|fighters|officers)");

    public static ClaimExtractor withDefaultVocabulary() {
        return new ClaimExtractor();
    }

    public List<Claim> extract(Article article) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = NUMBER_THEN_TROOPS.matcher(article.text());
        while (m.find()) {
            long value = Long.parseLong(m.group(1).replace(",", ""));
            if (value < 2) {
                continue;
            }
            claims.add(new Claim(article.id(), forceOf(m.group(2)), Measure.DEPLOYED, value, null, Qualifier.EXACT,
                    null, null, new Evidence(m.group(), m.start(1), m.end(1)), m.group(1),
                    article.publishedAt(), article.source()));
        }
        return claims;
    }

    private static String forceOf(String demonym) {
        if (demonym == null) {
            return null;
        }
        return switch (demonym.trim()) {
            case "North Korean" -> "PRK";
            case "Russian" -> "RUS";
            case "Ukrainian" -> "UKR";
            default -> "USA";
        };
    }
}

package claimwatch.extract;

import java.util.List;

/**
 * Sentences whose personnel counts are not claims: awards, ceremonies, courses, pay, tests,
 * prisoner exchanges ({@code not-a-claim.txt}); and the items of a list such a sentence opens
 * ("Decrees on awarding state awards: ... 192 servicemen of the Armed Forces, 24 of them ..."),
 * when the item itself says nothing happened to them.
 */
final class NotAClaim {

    private static final java.util.Set<String> LINK_BOXES = java.util.Set.of("news", "articles", "stories", "posts",
            "topics", "content");

    private final Vocabulary vocab;

    NotAClaim(Vocabulary vocab) {
        this.vocab = vocab;
    }

    boolean in(ArticleText.Sentence s) {
        if (mentions(s.tokens()) || relatedLinks(s.tokens())) {
            return true;
        }
        if (saysWhatHappened(s.tokens())) {
            return false;
        }
        ArticleText.Sentence prev = s.article.previous(s);
        return prev != null && s.para - prev.para <= 1 && mentions(prev.tokens());
    }

    /** A page's related-links box, saved with the story: "... 319 Related Russian MoD Releases Footage ...". */
    private static boolean relatedLinks(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (!t.get(k).text().equals("Related")) {
                continue;
            }
            if (k > 0 && t.get(k - 1).isNumber() || k + 1 < t.size() && LINK_BOXES.contains(t.get(k + 1).lower())) {
                return true; // "... 319 Related ...", "Source AFP Related News ..."
            }
        }
        return false;
    }

    private boolean mentions(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (vocab.notAClaim.at(t, k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean saysWhatHappened(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, k);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                return true;
            }
        }
        return false;
    }
}

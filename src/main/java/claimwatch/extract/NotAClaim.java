package claimwatch.extract;

import java.util.List;

/**
 * Sentences whose personnel counts are not claims: awards, ceremonies, courses, pay, tests,
 * prisoner exchanges ({@code not-a-claim.txt}); and the items of a list such a sentence opens
 * ("Decrees on awarding state awards: ... 192 servicemen of the Armed Forces, 24 of them ..."),
 * when the item itself says nothing happened to them.
 */
final class NotAClaim {

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
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).text().equals("Related") && t.get(k - 1).isNumber()) {
                return true;
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

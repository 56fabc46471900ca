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

    /** The most words a list item such as "553 warriors of the National Guard." has. */
    private static final int LIST_ITEM_TOKENS = 30;

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
        if (!listItem(s.tokens()) && !opensList(s.article.previous(s))) {
            return false; // "... should have not 250,000 servicemen. At the beginning of the year he signed ..."
        }
        ArticleText.Sentence item = s;
        for (ArticleText.Sentence prev = s.article.previous(s); prev != null && item.para - prev.para <= 1;
             item = prev, prev = s.article.previous(prev)) {
            if (mentions(prev.tokens())) {
                return true;
            }
            if (!listItem(prev.tokens())) {
                return false; // "188 servicemen ... were awarded. 553 warriors of the National Guard. 64 border guards."
            }
        }
        return false;
    }

    /** A sentence that ends with a colon: "Decrees on awarding state awards:". */
    private static boolean opensList(ArticleText.Sentence s) {
        return s != null && !s.tokens().isEmpty() && s.tokens().get(s.tokens().size() - 1).is(":");
    }

    /** A short sentence that opens with its number and says nothing happened: an item of a list. */
    private boolean listItem(List<Token> t) {
        int first = t.size() > 0 && (t.get(0).is("And") || t.get(0).is("and")) ? 1 : 0;
        return t.size() <= LIST_ITEM_TOKENS && first < t.size()
                && vocab.isNumber(t.get(first))
                && !saysWhatHappened(t);
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
            PhraseTable.Match<Boolean> cue = vocab.notAClaim.at(t, k);
            if (cue != null && !(cue.value() && nounOfAnotherCount(t, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code k}, a noun, is what a number right before it counts ("... 4,800 troops
     * and 200 civilian employees"): it says what that number is, not what the sentence's other counts are.
     */
    private boolean nounOfAnotherCount(List<Token> t, int k) {
        if (k >= 1 && vocab.isNumber(t.get(k - 1))) {
            return true;
        }
        return k >= 2 && vocab.isNumber(t.get(k - 2)) && t.get(k - 1).isWord() && vocab.personnel.at(t, k - 1) == null;
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

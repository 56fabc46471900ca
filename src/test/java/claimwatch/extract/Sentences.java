package claimwatch.extract;

import java.util.List;

/** Test helper: an article text read as the extractor reads it, and its first quantity. */
final class Sentences {

    static final Vocabulary VOCAB = Vocabulary.defaults();

    private Sentences() {
    }

    static ArticleText.Sentence last(String text) {
        ArticleText a = new ArticleText(text, text.toCharArray(), VOCAB.tokenizer, new SentenceSplitter(VOCAB.abbreviations));
        ArticleText.Sentence[] ss = a.sentences(a.paragraphCount() - 1);
        return ss[ss.length - 1];
    }

    static List<Quantity> quantities(ArticleText.Sentence s) {
        return new QuantityFinder(VOCAB).find(s.tokens());
    }

    static Quantity first(ArticleText.Sentence s) {
        return quantities(s).get(0);
    }
}

package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Vocabulary.defaults().tokenizer.tokenize(text).stream().map(Token::lower).toList();
    }

    @Test
    void splitsPossessivesAndDropsCurlyQuotes() {
        assertEquals(List.of("pyongyang", "'s", "immediate", "withdrawal"), words("Pyongyang’s “immediate withdrawal”"));
    }

    @Test
    void splitsThePossessiveOfANameWithDigitsButNotOfADecade() {
        assertEquals(List.of("m23", "'s", "strength"), words("M23's strength"));
        assertEquals(List.of("the", "1990", "s"), words("the 1990's"));
    }

    @Test
    void keepsDottedAbbreviationsAndListedOnesWhole() {
        assertEquals(List.of("u.s.", "troops", "under", "gen.", "smith"), words("U.S. troops under Gen. Smith"));
    }

    @Test
    void keepsDigitGroupsWholeWithCommasSpacesAndDecimals() {
        assertEquals(List.of("10,000", "and", "12 000", "and", "1.5"), words("10,000 and 12 000 and 1.5"));
    }

    @Test
    void keepsLettersWrittenOntoDigitsSoOrdinalsCanBeRefused() {
        assertEquals(List.of("42nd", "polio", "case"), words("42nd Polio Case"));
    }

    @Test
    void makesEnDashesHyphensAndKeepsTheirSpacing() {
        List<Token> t = Vocabulary.defaults().tokenizer.tokenize("10,000–12,000");
        assertEquals("-", t.get(1).lower());
        assertEquals(false, t.get(1).spaceBefore());
    }
}

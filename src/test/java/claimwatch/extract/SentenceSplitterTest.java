package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(Vocabulary.defaults().abbreviations);

    private List<String> split(String text) {
        return splitter.split(text.toCharArray(), 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsWhereAFullStopLacksItsSpace() {
        assertEquals(List.of("It happened on Oct. 8.", "In a statement, he said so."),
                split("It happened on Oct. 8.In a statement, he said so."));
    }

    @Test
    void keepsTitlesAndInitialsInsideTheSentence() {
        assertEquals(List.of("Lt. Gen. John F. Smith said Maj. Lee left."), split("Lt. Gen. John F. Smith said Maj. Lee left."));
    }

    @Test
    void keepsDottedAbbreviationsUnlessASentenceClearlyStartsAfterThem() {
        assertEquals(List.of("U.S. officials met U.N. envoys in the U.S.", "The talks ended."),
                split("U.S. officials met U.N. envoys in the U.S. The talks ended."));
        assertEquals(List.of("Troops from the U.S. Army arrived."), split("Troops from the U.S. Army arrived."));
    }

    @Test
    void endsSentencesAtQuestionAndExclamationMarksAndClosingQuotes() {
        assertEquals(List.of("“Are they there?” he asked.", "Nobody knew!"), split("“Are they there?” he asked. Nobody knew!"));
    }

    @Test
    void keepsDecimalsWhole() {
        assertEquals(List.of("Some 1.5 million troops serve."), split("Some 1.5 million troops serve."));
    }
}

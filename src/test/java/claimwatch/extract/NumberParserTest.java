package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private static final Vocabulary VOCAB = Vocabulary.defaults();
    private final NumberParser parser = new NumberParser(VOCAB);

    private NumberParser.Parsed parse(String text) {
        List<Token> tokens = VOCAB.tokenizer.tokenize(text);
        return parser.parse(tokens, 0);
    }

    @ParameterizedTest(name = "\"{0}\" is worth {1}")
    @CsvSource(delimiter = ';', value = {
        "10,000; 10000",
        "12 000; 12000",
        "1.5 million; 1500000",
        "half-million; 500000",
        "a half-million; 500000",
        "half a million; 500000",
        "15-hundred; 1500",
        "ten-thousand; 10000",
        "six; 6",
        "a dozen; 12",
        "two dozen; 24",
        "twenty-five; 25",
        "one hundred and fifty; 150",
        "two thousand five hundred; 2500",
        "3 million; 3000000",
        "a thousand; 1000",
        "25; 25",
    })
    void readsTheValueOfANumberWrittenInDigitsWordsOrBoth(String text, double expected) {
        assertEquals(expected, parse(text).value(), 0.001);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"42nd", "thousand", "troops", "an estimated", "10km"})
    void refusesOrdinalsUnitsAndBareScaleWords(String text) {
        assertNull(parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" stops after {1} tokens")
    @CsvSource(delimiter = ';', value = {
        "10,000 troops; 1",
        "1.5 million soldiers; 2",
        "10,000-12,000; 1",
        "six North Korean officers; 1",
    })
    void stopsAtTheEndOfTheNumber(String text, int tokens) {
        assertEquals(tokens, parse(text).to());
    }

    @ParameterizedTest(name = "{0} to {1} starts at {2}")
    @CsvSource({"11, 12000, 11000", "2, 3000000, 2000000", "5, 10, 5", "10000, 12000, 10000", "100, 150, 100"})
    void aLowEndBorrowsTheScaleOfTheHighEnd(double low, double high, double expected) {
        assertEquals(expected, QuantityFinder.scaledLow(low, high), 0.001);
    }
}

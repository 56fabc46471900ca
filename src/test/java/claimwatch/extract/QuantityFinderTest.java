package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "about 10,000 troops; 10000; ; approx",
        "an estimated 10,000 troops; 10000; ; approx",
        "nearly 1,500 soldiers; 1500; ; approx",
        "more than a half-million troops; 500000; ; at_least",
        "over 12,000 troops; 12000; ; at_least",
        "up to 12,000 soldiers; 12000; ; at_most",
        "as many as 12,000; 12000; ; at_most",
        "fewer than 900 troops; 900; ; at_most",
        "10,000 or more troops; 10000; ; at_least",
        "between 10,000 and 12,000 troops; 10000; 12000; range",
        "10,000-12,000 troops; 10000; 12000; range",
        "11 to 12,000 troops; 11000; 12000; range",
        "about 2 to 3 million troops; 2000000; 3000000; range",
        "six officers; 6; ; exact",
    })
    void readsTheNumberItsRangeAndItsHedge(String text, long value, Long high, String qualifier) {
        Quantity q = Sentences.first(Sentences.last(text));
        assertEquals(value, q.value());
        assertEquals(high, q.high());
        assertEquals(qualifier, q.qualifier().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"thousands of troops", "a few thousand troops", "a couple thousand troops",
        "a small number of troops", "dozens of soldiers", "tens of thousands of soldiers"})
    void keepsVagueAmountsWithoutAValue(String text) {
        Quantity q = Sentences.first(Sentences.last(text));
        assertTrue(q.vague());
        assertNull(q.value());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"on Oct. 8 the troops", "24 February", "$1.5 billion", "1% of the troops",
        "the Hwasong-19 missile", "a 15-member council", "since 2006", "11/29/2024", "at 3 p.m.",
        "the 42nd case", "fell short of its goal by 15,000 soldiers"})
    void turnsDownNumbersThatAreNotCounts(String text) {
        assertTrue(Sentences.quantities(Sentences.last(text)).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rose from 3,000 to 10,000 troops"})
    void growthFromOneFigureToAnotherIsNotARange(String text) {
        Quantity q = Sentences.quantities(Sentences.last(text)).get(1);
        assertEquals(10000, q.value());
        assertNull(q.high());
    }
}

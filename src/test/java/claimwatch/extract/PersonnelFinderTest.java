package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonnelFinderTest {

    private final PersonnelFinder finder = new PersonnelFinder(Sentences.VOCAB);

    private Personnel find(String text) {
        ArticleText.Sentence s = Sentences.last(text);
        return finder.find(s, Sentences.first(s));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10,000 North Korean troops", "six North Korean military officers", "thousands of troops",
        "a 3,000-strong Russian contingent", "500 army soldiers", "200 military engineers", "3,000 special forces",
        "1,000 Wagner mercenaries", "40 sappers"})
    void findsAPersonnelNounAfterTheNumber(String text) {
        Personnel p = find(text);
        assertNotNull(p, text);
        assertFalse(p.implied());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"25 Ukrainian drones", "1,000 containers of supplies", "2,000 civilians", "20 fighter jets",
        "300 armoured personnel carriers", "the 38 North programme", "50 kilometers from the border",
        "two brigades", "10,000 people"})
    void turnsDownNumbersThatCountSomethingElse(String text) {
        assertNull(find(text), text);
    }

    @Test
    void aCountWithoutNounTakesPersonnelNamedEarlierInTheSentence() {
        Personnel p = find("North Korean troops in Russia could swell to as many as 12,000, Zelensky said.");
        assertTrue(p.implied());
    }

    @Test
    void aTotalTakesPersonnelNamedInTheSentenceBefore() {
        assertTrue(find("More Russian troops arrived.\nThat brings the total to some 30,000.").implied());
    }

    @Test
    void aSmallFigureWithoutNounOrCueIsNotACount() {
        assertNull(find("Troops were seen near the town, 12 in all."));
    }

    @Test
    void aCasualtyNounSaysWhatHappened() {
        assertEquals(Measure.CASUALTIES, find("3,000 North Korean casualties").measure());
        assertEquals(Measure.KILLED, find("2,000 dead soldiers").measure());
    }
}

package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationFinderTest {

    private final LocationFinder locations = new LocationFinder(Sentences.VOCAB);

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "8,000 soldiers in Russia's Kursk region; Kursk",
        "10,000 troops deployed to eastern Russia; Russia",
        "12,000 soldiers across several Russian training sites; Russia",
        "25,000 U.S. troops remain stationed in South Korea; South Korea",
        "troops in Russia could swell to as many as 12,000; Russia",
        "50,000 soldiers along the Dnipro river in Kherson; Kherson",
        "20,000 soldiers died in the battle for Bakhmut; Bakhmut",
        "8,000 troops have reached Kursk; Kursk",
        "45 personnel were injured in attacks on U.S. bases; -",
        "400,000 troops, according to Kyiv; -",
        "5,000 troops in Kiev; Kiev",
    })
    void findsThePlaceOfTheNumbersClause(String text, String place) {
        ArticleText.Sentence s = Sentences.last(text);
        assertEquals(place, locations.find(s.tokens(), Sentences.first(s)));
    }
}

package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionFinderTest {

    private final AttributionFinder attribution = new AttributionFinder(Sentences.VOCAB);

    /** A "|" in a case's text starts a new paragraph. */
    private String who(String text) {
        ArticleText.Sentence s = Sentences.last(text.replace('|', '\n'));
        return attribution.find(s, Sentences.first(s));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "According to the Pentagon, 10,000 soldiers are in Russia.; Pentagon",
        "The Pentagon estimated 10,000 soldiers had been deployed.; Pentagon",
        "U.S. officials estimate that more than 500,000 troops have been killed.; U.S. officials",
        "10,000 troops are in Russia, Shea said.; Shea",
        "Up to 12,000 troops could be sent, said Ambassador Hwang.; Ambassador Hwang",
        "North Korea Deploys 10,000 Troops in Russia: Pentagon; Pentagon",
        "Reports from South Korean intelligence suggest that 1,500 soldiers landed.; South Korean intelligence",
        "Kyiv's estimate of 11,000 troops is higher.; Kyiv",
        "A figure released by the Ukrainian General Staff put losses at 700,000 soldiers.; Ukrainian General Staff",
        "Sources indicate that 12,000 soldiers are there.; -",
        "Western officials say 20,000 soldiers died.; -",
        "Two U.S. officials confirmed that 5,000 troops had moved.; U.S. officials",
        "Over 25,000 U.S. troops remain in South Korea.; -",
    })
    void findsWhoMakesTheClaim(String text, String speaker) {
        assertEquals(speaker, who(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "U.S. Deputy U.N. Ambassador Robert Wood spoke first.|Wood was referring to intelligence indicating that 10,000 troops were sent.; U.S. Deputy U.N. Ambassador Robert Wood",
        "Defense Secretary Lloyd Austin spoke on Monday.|“Some 10,000 troops are in Russia,” he said.; Defense Secretary Lloyd Austin",
        "Pentagon spokesperson Sabrina Singh emphasized, “About 10,000 soldiers are there.”; Pentagon spokesperson Sabrina Singh",
    })
    void followsSpeakersAcrossQuotesPronounsAndSurnames(String text, String speaker) {
        assertEquals(speaker, who(text));
    }
}

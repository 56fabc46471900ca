package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForceResolverTest {

    private final ForceResolver forces = new ForceResolver(Sentences.VOCAB);
    private final PersonnelFinder personnel = new PersonnelFinder(Sentences.VOCAB);

    private String direct(String text) {
        ArticleText.Sentence s = Sentences.last(text);
        Quantity q = Sentences.first(s);
        return forces.direct(s, q, personnel.find(s, q));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "10,000 North Korean troops; PRK",
        "10,000 DPRK soldiers; PRK",
        "1,000 Wagner fighters; RUS",
        "25,000 U.S. troops; USA",
        "300 American soldiers; USA",
        "1,500 troops from North Korea; PRK",
        "Russia's 150,000 troops; RUS",
        "Pyongyang's 10,000 soldiers; PRK",
        "North Korea deploys 10,000 troops; PRK",
        "Russia has massed roughly 100,000 troops; RUS",
        "France, which had 5,100 soldiers in the Sahel; FRA",
        "Germany will station a brigade of around 4,800 soldiers; DEU",
        "3 million reservists could be mobilised by Russia; RUS",
        "The Wagner Group is withdrawing its roughly 1,500 fighters from Mali; RUS",
        "The IDF has about 300,000 reservists; ISR",
        "Hamas has 20,000 fighters; hamas",
    })
    void readsTheForceFromTheNumbersOwnPhraseAndVerb(String text, String iso) {
        assertEquals(iso, direct(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Ukraine killed 200 soldiers",
        "The Pentagon said 10,000 troops were there",
    })
    void leavesTheForceToContextWhenTheSubjectIsNotTheOwner(String text) {
        assertNull(direct(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "North Korean troops are stationed near the border, a deployment of up to 12,000 soldiers.; PRK",
        "North Korean troops arrived.|Up to 12,000 soldiers are now there.; PRK",
    })
    void takesTheNearestForceNamedWithPersonnelFromContext(String text, String iso) {
        ArticleText.Sentence s = Sentences.last(text.replace('|', '\n'));
        assertEquals(iso, forces.fromContext(s, Sentences.first(s)));
    }
}

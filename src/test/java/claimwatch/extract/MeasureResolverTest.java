package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureResolverTest {

    private final MeasureResolver measures = new MeasureResolver(Sentences.VOCAB);
    private final PersonnelFinder personnel = new PersonnelFinder(Sentences.VOCAB);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "10,000 troops were sent to Russia; deployed",
        "six officers were recently killed in Donetsk; killed",
        "500,000 troops have been killed or wounded; casualties",
        "1,000 soldiers were injured; wounded",
        "300 soldiers were taken prisoner; captured",
        "Ukraine killed at least 200 soldiers; killed",
        "Ukraine captured 2 soldiers; captured",
        "3,000 North Korean casualties; casualties",
        "the army took 500 soldiers prisoner; captured",
        "bringing its total losses since the invasion to 600,870 troops; casualties",
        "10,000 troops arrived after a strike killed 3 civilians; deployed",
        "35 servicemen died in the strike; killed",
    })
    void readsWhatHappenedFromTheNounOrTheVerbsAround(String text, String measure) {
        ArticleText.Sentence s = Sentences.last(text);
        Quantity q = Sentences.first(s);
        assertEquals(measure, measures.resolve(s.tokens(), q, personnel.find(s, q)).toString());
    }
}

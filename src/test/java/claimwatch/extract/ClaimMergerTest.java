package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimMergerTest {

    private static Claim claim(String force, long value, Qualifier q, String location, String who) {
        return new Claim("a", force, Measure.DEPLOYED, value, null, q, location, who, null, Kind.TOTAL, new Evidence("s", 0, 1),
                String.valueOf(value), null, null);
    }

    @Test
    void aHeadlineAndItsBodyAreOneClaimWithTheHedgeAndSpeakerOfEither() {
        List<Claim> merged = ClaimMerger.merge(List.of(
                claim("PRK", 10000, Qualifier.EXACT, "Russia", "Pentagon"),
                claim("PRK", 10000, Qualifier.APPROX, null, "U.S.")));
        assertEquals(1, merged.size());
        assertEquals(Qualifier.APPROX, merged.get(0).qualifier());
        assertEquals("Pentagon", merged.get(0).attributedTo());
        assertEquals("Russia", merged.get(0).location());
    }

    @Test
    void aFigureWithoutForceJoinsTheSameFigureWithOne() {
        List<Claim> merged = ClaimMerger.merge(List.of(
                claim(null, 2000, Qualifier.EXACT, null, null),
                claim("USA", 2000, Qualifier.APPROX, "Israel", null)));
        assertEquals(1, merged.size());
        assertEquals("USA", merged.get(0).force());
    }

    @Test
    void differentForcesOrValuesStayApart() {
        assertEquals(3, ClaimMerger.merge(List.of(
                claim("PRK", 10000, Qualifier.EXACT, null, null),
                claim("RUS", 10000, Qualifier.EXACT, null, null),
                claim("PRK", 12000, Qualifier.EXACT, null, null))).size());
    }

    @Test
    void aFigureWithoutForceIsNotMergedIntoAVagueAmountWithOne() {
        Claim dozens = new Claim("a", "CHN", Measure.DEPLOYED, null, null, Qualifier.APPROX, null, null, null, Kind.TOTAL,
                new Evidence("s", 0, 1), "dozens", null, null);
        List<Claim> merged = ClaimMerger.merge(List.of(dozens, claim(null, 8300, Qualifier.APPROX, null, null)));
        assertEquals(2, merged.size());
    }

    @Test
    void aSpeakersOwnCountryInTheHeadlineGivesWayToWhereTheBodySaysTheDeadFell() {
        Claim headline = new Claim("a", "hezbollah", Measure.KILLED, 2000L, null, Qualifier.AT_LEAST, "Israel", "Israel", "ISR",
                Kind.TOTAL, new Evidence("s", 0, 1), "2,000", null, null);
        Claim body = new Claim("a", "hezbollah", Measure.KILLED, 2000L, null, Qualifier.AT_LEAST, "Lebanon",
                "Israel's military", "ISR", Kind.TOTAL, new Evidence("s", 0, 1), "2,000", null, null);
        List<Claim> merged = new ClaimMerger(Vocabulary.defaults().gazetteer(), List.of()).mergeAll(List.of(headline, body));
        assertEquals(1, merged.size());
        assertEquals("Lebanon", merged.get(0).location());
    }

    @Test
    void aHeadlineFigureReadAsNoNamesForceJoinsTheBodysMixedCountAndTakesNoForce() {
        List<Claim> merged = new ClaimMerger(null, List.of("syrian-rebels")).mergeAll(List.of(
                claim("syrian-rebels", 35, Qualifier.EXACT, null, null),
                claim(null, 35, Qualifier.EXACT, "Jobar", null)));
        assertEquals(1, merged.size());
        assertEquals(null, merged.get(0).force());
        assertEquals("Jobar", merged.get(0).location());
    }

    @Test
    void theMixedCountWinsOverTheGuessWhicheverIsStatedFirst() {
        List<Claim> merged = new ClaimMerger(null, List.of("syrian-rebels")).mergeAll(List.of(
                claim(null, 35, Qualifier.EXACT, "Jobar", null),
                claim("syrian-rebels", 35, Qualifier.EXACT, null, null)));
        assertEquals(1, merged.size());
        assertEquals(null, merged.get(0).force());
    }
}

package claimwatch.track;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PartiesTest {

    private static final Parties PARTIES = Parties.load();

    @ParameterizedTest(name = "{0} speaks for {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Pentagon                               | USA",
            "a U.S. official                        | USA",
            "South Korean intelligence              | KOR",
            "South Korea's National Intelligence Service | KOR",
            "Zelensky                               | UKR",
            "Ukraine's military intelligence (HUR)  | UKR",
            "Kremlin spokesman Dmitry Peskov        | RUS",
            "NATO Secretary General Mark Rutte      | NATO",
            "North Korean state media               | PRK",
            "the Institute for the Study of War     | OTHER",
            "PENTAGON officials                     | USA",
            "USAID, the aid agency                  | OTHER",
            "Nisha Patel, an analyst                | OTHER",
            "a Trumpeter of the band, then Trump    | USA",
            "NULL                                   | UNATTRIBUTED",
    })
    void mapsAnAttributionToItsParty(String attribution, String party) {
        assertEquals(party, PARTIES.partyOf(attribution));
    }

    @ParameterizedTest
    @CsvSource({"USA, US", "KOR, South Korean", "UNATTRIBUTED, Unattributed"})
    void namesAPartysFigureInASentence(String party, String adjective) {
        assertEquals(adjective, PARTIES.adjective(party));
    }
}

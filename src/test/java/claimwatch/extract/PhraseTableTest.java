package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private final Tokenizer tokenizer = new Tokenizer(Set.of());

    private PhraseTable<String> countries() {
        PhraseTable<String> table = new PhraseTable<>();
        table.add(List.of("Sudan"), "Sudan", "SDN");
        table.add(List.of("South", "Sudan"), "South Sudan", "SSD");
        return table;
    }

    @Test
    void aScanWalkingBackFindsTheLongerNameThatEndsInAShorterOne() {
        List<Token> t = tokenizer.tokenize("troops of South Sudan");

        assertEquals("SDN", countries().at(t, 3).value());
        assertEquals("SSD", countries().covering(t, 3, 0).value());
        assertEquals("SSD", countries().lastIn(t, 0, t.size()).value());
    }

    @Test
    void theLongerNameCountsOnlyWithinTheRangeScanned() {
        List<Token> t = tokenizer.tokenize("troops of South Sudan");

        assertEquals("SDN", countries().covering(t, 3, 3).value());
        assertEquals("SDN", countries().lastIn(t, 3, t.size()).value());
        assertNull(countries().covering(t, 1, 0));
    }
}

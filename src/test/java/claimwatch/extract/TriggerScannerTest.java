package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggerScannerTest {

    private final TriggerScanner scanner = new TriggerScanner(Vocabulary.defaults().triggerWords,
            Set.of("troops", "soldiers", "total"));

    @Test
    void findsDigitsAndNumberWordsButNotWordsThatContainThem() {
        String text = "Six soldiers, 10,000 troops and thousands more; seventh often sixty";
        assertArrayEquals(new int[] {0, 14, 32, 62}, scanner.scan(text.toCharArray()).numbers());
    }

    @Test
    void findsPersonnelWordsCaseBlindInTheSamePass() {
        TriggerScanner.Hits hits = scanner.scan("Troops and soldiers; the TOTAL".toCharArray());
        assertArrayEquals(new int[] {0, 11, 25}, hits.personnel());
        assertTrue(hits.personnelIn(5, 12));
        assertFalse(hits.personnelIn(12, 25));
    }

    @Test
    void findsNothingInTextWithoutNumbers() {
        assertArrayEquals(new int[0], scanner.scan("The troops withdrew from the border.".toCharArray()).numbers());
    }
}

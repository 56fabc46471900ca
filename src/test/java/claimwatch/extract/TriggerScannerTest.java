package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TriggerScannerTest {

    private final TriggerScanner scanner = new TriggerScanner(Vocabulary.defaults().triggerWords);

    @Test
    void findsDigitsAndNumberWordsButNotWordsThatContainThem() {
        String text = "Six soldiers, 10,000 troops and thousands more; seventh often sixty";
        assertArrayEquals(new int[] {0, 14, 32, 62}, scanner.scan(text.toCharArray()));
    }

    @Test
    void findsNothingInTextWithoutNumbers() {
        assertArrayEquals(new int[0], scanner.scan("The troops withdrew from the border.".toCharArray()));
    }
}

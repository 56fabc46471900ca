package claimwatch.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatelinesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "• 11/29/2024                                | 2024-11-29",
            "Wednesday, January 1, 2025                  | 2025-01-01",
            " date 2024-10-18                            | 2024-10-18",
            "January 9, 2025                             | 2025-01-09",
            "9 January 2025                              | 2025-01-09",
            "Published: Oct. 28, 2024 at 10:15 a.m. ET   | 2024-10-28",
            "2024-10-28T14:05:00Z                        | 2024-10-28",
            "UNITED NATIONS, Jan 9, 2025 (Reuters) - The | 2025-01-09",
    })
    void readsTheDatelineFormatsPagesUse(String line, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), Datelines.parseLine(line.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UNITED NATIONS, Jan 09 (Reuters) – On Wednesday, the United States issued a warning",
            "Since Russia invaded Ukraine in February 2022, it has strengthened ties.",
            "North Korea Deploys 10,000 Troops in Russia: Pentagon",
            "13/45/2024",
    })
    void takesNoDateFromLinesThatAreNotDatelines(String line) {
        assertEquals(Optional.empty(), Datelines.parseLine(line));
    }

    @org.junit.jupiter.api.Test
    void ignoresDatesInTheBodyBelowTheTopLines() {
        String text = "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nJanuary 1, 2025\n";
        assertEquals(Optional.empty(), Datelines.find(text));
    }

    @org.junit.jupiter.api.Test
    void findsTheDatelineUnderAHeaderLine() {
        String text = "| Welcome to Global Village Space\n\nWednesday, January 1, 2025\n\nNorth Korea Deploys 10,000 Troops";
        assertEquals(Optional.of(Instant.parse("2025-01-01T00:00:00Z")), Datelines.find(text));
    }
}

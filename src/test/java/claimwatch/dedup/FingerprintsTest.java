package claimwatch.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintsTest {

    private static final String STORY = "SEOUL, Oct 18 (Reuters) - North Korea has sent 1,500 special forces troops to "
            + "Russia's Far East for training and acclimatisation, South Korea's spy agency said on Friday, in what "
            + "would be the first confirmation of a deployment that Seoul and Kyiv have warned about for weeks. The "
            + "National Intelligence Service said the soldiers were moved on Russian navy ships from ports near "
            + "Chongjin and Hamhung to Vladivostok between October 8 and 13, and that more were expected to follow. "
            + "It released satellite images of the ships and of gatherings of troops at bases in Ussuriysk and "
            + "Khabarovsk. The Kremlin has denied the reports, calling them fake news.";

    @Test
    void normalisesCaseWhitespaceAndPunctuation() {
        assertEquals("north korea s 1 500 troops", Fingerprints.normalise("  North Korea's\n1,500 — TROOPS! "));
    }

    @Test
    void givesTheSameContentHashToTheSameTextResentWithOtherSpacing() {
        assertEquals(Fingerprints.contentHash(STORY), Fingerprints.contentHash("\n" + STORY.replace(" ", "  ") + "\n"));
        assertNotEquals(Fingerprints.contentHash(STORY), Fingerprints.contentHash(STORY.replace("1,500", "3,000")));
    }

    @Test
    void findsAWireStoryUnderAnotherHeaderAndFooterMostlyTheSame() {
        String republished = "The Straits Times | World | Asia — Subscribe for $0.99\n" + STORY
                + "\nJoin ST's Telegram channel and get the latest breaking news delivered to you.";
        double similarity = similarity(STORY, republished);
        assertTrue(similarity >= 0.7, "similarity " + similarity);
    }

    @Test
    void findsAShortWireStoryRepublishedWithItsOwnFurnitureMostlyTheSame() {
        String body = "WASHINGTON, Oct 28 (Reuters) - The Pentagon said on Monday that about 10,000 North Korean troops "
                + "have been sent to train in eastern Russia and will probably help Russian forces near Ukraine within the "
                + "next several weeks. Pentagon spokesperson Sabrina Singh told reporters that some of the troops had "
                + "already moved closer to Ukraine.";
        double similarity = similarity(body + "\n\nReporting by Idrees Ali; Editing by Leslie Adler",
                "Follow our live coverage\n\n" + body + "\n\nSign up for our newsletter. Copyright 2024 Reuters.");
        assertTrue(similarity >= 0.5, "similarity " + similarity);
    }

    @Test
    void findsTwoReportsOfTheSameFigureWrittenApartUnalike() {
        String other = "KYIV (AP) - Ukraine's president said Monday that about 11,000 North Korean soldiers are "
                + "fighting in Russia's Kursk region, and that the troops have suffered significant losses in clashes "
                + "with Ukrainian forces who have held ground there since August. He called on allies to respond.";
        double similarity = similarity(STORY, other);
        assertTrue(similarity < 0.2, "similarity " + similarity);
    }

    @Test
    void findsNothingInCommonWithAnEmptyText() {
        assertEquals("", Fingerprints.minhash(" ... "));
        assertEquals(0.0, Fingerprints.similarity("", Fingerprints.minhash(STORY)));
        assertEquals(1.0, similarity(STORY, STORY));
    }

    private static double similarity(String a, String b) {
        return Fingerprints.similarity(Fingerprints.minhash(a), Fingerprints.minhash(b));
    }

    @Test
    void keepsOnlyTheAsciiLettersAndDigitsAsCharacterDoes() {
        for (char c = 0; c < 0x80; c++) {
            String expected = Character.isLetterOrDigit(c) ? "a" + Character.toLowerCase(c) + "b" : "a b";
            assertEquals(expected, Fingerprints.normalise("a" + c + "b"), "char " + (int) c);
        }
    }

    private static long hash64(String s) {
        return Fingerprints.hash64(s, 0, s.length());
    }

    @Test
    void hashesEachThreeWordShingleAndAShortTextAsOneShingle() {
        assertArrayEquals(new long[] {hash64("two words")}, Fingerprints.shingleHashes("two words"));
        assertArrayEquals(new long[] {hash64("a b c"), hash64("b c dd"), hash64("c dd e")},
                Fingerprints.shingleHashes("a b c dd e"));
        assertArrayEquals(new long[0], Fingerprints.shingleHashes(""));
    }

    /**
     * Signatures are stored (claim-sightings store and topic) and compared with later articles' for
     * the dedup retention: a change to how they are computed would make every wire copy of a story
     * published before an upgrade look independent. These values were computed by the first version.
     */
    @Test
    void keepsTheSignaturesAndHashesOfEarlierVersions() {
        String text = "SEOUL, Oct 18 (Reuters) - North Korea has sent 1,500 special forces troops to Russia's Far East "
                + "for training and acclimatisation, South Korea's spy agency said on Friday. \u00dcn\u00efc\u00f6d\u00e9 "
                + "\ufb01nal \u03a3\u039f\u03a6\u039f\u03a3 \u0130stanbul.";
        assertEquals("AH4+1wJqi0AAkOWSAwQ5fwbwimAH2e2LBKvB3Alhp44SOaEIB1LO+ApE9ZEMK0SuBfqnKADmtgwBwgNPACCP4gD3FXEBpUb7A/2/fACIUtgEtmyB"
                + "AdT2HQE38rMBty95AsauqQ1NtEYD0CL4BqB99g43miMBIQZGDprwbwBKUFsAiLdUAJ3f2wqsPygAf4tbAi1xkANWua4A2g6mADNF1gPKaWUEh/pp"
                + "ADlKaABT3ncFyIQPAL1x8gGnlVkFDjp6ApXeCwC+F3wA6REvAUHrEQGj094FIGlNGGbptQKqaUAG6rRaAJI80QLnOy4EdktUAWvYtwGG9BwAYC1L"
                + "Ah2EWQ==", Fingerprints.minhash(text));
        assertEquals("a6080bbd45a93b4bcf2ffcbddbc1d233", Fingerprints.contentHash(text));
    }
}

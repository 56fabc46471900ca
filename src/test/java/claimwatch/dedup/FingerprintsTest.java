package claimwatch.dedup;

import org.junit.jupiter.api.Test;

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
    void putsAWireStoryUnderAnotherHeaderAndFooterAFewBitsAway() {
        String republished = "The Straits Times | World | Asia — Subscribe for $0.99\n" + STORY
                + "\nJoin ST's Telegram channel and get the latest breaking news delivered to you.";
        int distance = Fingerprints.distance(Fingerprints.simhash(STORY), Fingerprints.simhash(republished));
        assertTrue(distance <= 10, "distance " + distance);
    }

    @Test
    void putsUnrelatedStoriesFarApart() {
        String other = "KYIV (AP) - Ukraine's president said Monday that about 11,000 North Korean soldiers are "
                + "fighting in Russia's Kursk region, and that the troops have suffered significant losses in clashes "
                + "with Ukrainian forces who have held ground there since August. He called on allies to respond.";
        int distance = Fingerprints.distance(Fingerprints.simhash(STORY), Fingerprints.simhash(other));
        assertTrue(distance > 16, "distance " + distance);
    }

    @Test
    void shinglesAShortTextAsOneShingle() {
        assertEquals(java.util.List.of("two words"), Fingerprints.shingles("Two words."));
        assertEquals(java.util.List.of(), Fingerprints.shingles(" ... "));
    }
}

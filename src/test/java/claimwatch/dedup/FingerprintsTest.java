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
    void shinglesAShortTextAsOneShingle() {
        assertEquals(java.util.List.of("two words"), Fingerprints.shingles("Two words."));
        assertEquals(java.util.List.of(), Fingerprints.shingles(" ... "));
    }
}

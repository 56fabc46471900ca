package claimwatch.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextArticleReaderTest {

    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void takesTheFirstStoryLineAsTitleAndTheDatelineAsPublicationTime() {
        Article a = reader.read("003", """
                | Welcome to Global Village Space

                Wednesday, January 1, 2025

                North Korea Deploys 10,000 Troops in Russia: Pentagon

                The U.S. has estimated that 10,000 North Korean soldiers are now stationed in Russia.
                """);
        assertEquals("003", a.id());
        assertEquals("North Korea Deploys 10,000 Troops in Russia: Pentagon", a.title());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), a.publishedAt());
        assertTrue(a.text().startsWith("North Korea Deploys"), a.text());
        assertFalse(a.text().contains("Welcome"));
        assertFalse(a.text().contains("January 1, 2025"));
    }

    @Test
    void dropsReadMoreLinesButKeepsTheStoryAroundThem() {
        Article a = reader.read("x", "Title\n\nFirst paragraph.\n\nRead More: 42nd Polio Case Confirmed in Pakistan\n\nSecond paragraph.");
        assertEquals("Title\n\nFirst paragraph.\n\n\nSecond paragraph.", a.text());
    }

    @Test
    void dropsEverythingFromMoreFromAuthorOn() {
        Article a = reader.read("x", "Title\n\nStory.\n\nMore From Author\n\nKamala Harris Receives Backing\n\nOther headline.");
        assertEquals("Title\n\nStory.", a.text());
    }

    @Test
    void dropsACommentBoxAtTheEnd() {
        assertEquals("Title\n\nStory.", reader.read("x", "Title\n\nStory.\n\nleave a reply:").text());
    }

    @Test
    void takesTheUrlLineAsUrlAndSourceAndDropsItFromTheText() {
        Article a = reader.read("x", "• 11/29/2024\n\nTitle\n\nStory.\n\nhttps://www.foxnews.com/world/some-story");
        assertEquals("https://www.foxnews.com/world/some-story", a.url());
        assertEquals("foxnews.com", a.source());
        assertEquals(Instant.parse("2024-11-29T00:00:00Z"), a.publishedAt());
        assertEquals("Title\n\nStory.", a.text());
    }

    @Test
    void takesTheAgencyOfAWireDatelineAsSourceAndLeavesAYearlessDateUnknown() {
        Article a = reader.read("x", "UNITED NATIONS, Jan 09 (Reuters) – On Wednesday, the United States warned.\nMore text.");
        assertEquals("Reuters", a.source());
        assertNull(a.publishedAt());
        assertTrue(a.text().startsWith("UNITED NATIONS, Jan 09 (Reuters)"));
    }

    @Test
    void readsWindowsLineEndingsAndAByteOrderMark() {
        Article a = reader.read("x", "\uFEFFTitle\r\n\r\nStory.\r\n");
        assertEquals("Title", a.title());
        assertEquals("Title\n\nStory.", a.text());
    }
}

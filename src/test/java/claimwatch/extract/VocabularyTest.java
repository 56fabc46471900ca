package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimwatch.ingest.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    @Test
    void aUserDirectoryExtendsTheVocabularyWithoutCode(@TempDir Path dir) throws IOException {
        String bundled = new String(Vocabulary.class.getResourceAsStream("/vocab/en/personnel.txt").readAllBytes());
        Files.writeString(dir.resolve("personnel.txt"), bundled + "\nhoplites\n");
        Files.writeString(dir.resolve("places.txt"), "Gondor | Europe\nMinas Tirith | Gondor\n");
        ClaimExtractor extractor = ClaimExtractor.withVocabulary(Vocabulary.fromDirectory(dir));

        List<Claim> claims = extractor.extract(new Article("a", null, null, null, null,
                "France has sent 800 hoplites to Minas Tirith."));

        assertEquals(1, claims.size());
        assertEquals("FRA", claims.get(0).force());
        assertEquals("Minas Tirith", claims.get(0).location());
        assertTrue(Gazetteer.fromDirectory(dir).within("Minas Tirith", "Gondor"));
    }

    @Test
    void theBundledVocabularyDoesNotKnowWhatTheUserAdded() {
        List<Claim> claims = ClaimExtractor.withDefaultVocabulary().extract(new Article("a", null, null, null, null,
                "France has sent 800 hoplites to Minas Tirith."));
        assertTrue(claims.isEmpty());
    }
}

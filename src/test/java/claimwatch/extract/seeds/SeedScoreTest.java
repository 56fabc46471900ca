package claimwatch.extract.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction on the five seed articles against their gold claims, the way
 * {@code shared/eval/score.py} matches them (force, measure, value, high; optional vague gold
 * claims absorb predictions in their range). Predictions are written to
 * {@code target/seed-predictions.jsonl} so score.py can report attribution too:
 * {@code python3 ../shared/eval/score.py -v --gold ../shared/eval/seeds-gold.jsonl --pred target/seed-predictions.jsonl}.
 * Lives outside {@code claimwatch.extract} because it reads JSON, which the library never does.
 */
class SeedScoreTest {

    private static final Path EVAL = Path.of("..", "shared", "eval");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedArticlesScoreAtLeastPointNineFiveF1AgainstTheGold() throws IOException {
        Path articles = EVAL.resolve("seeds-articles.jsonl");
        Path gold = EVAL.resolve("seeds-gold.jsonl");
        assumeTrue(Files.exists(articles) && Files.exists(gold), "shared/eval is beside the repository");

        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        List<JsonNode> predictions = new ArrayList<>();
        for (String line : Files.readAllLines(articles)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = JSON.readTree(line);
            Article article = new Article(a.path("id").asText(), null, null, null, null, a.path("text").asText());
            for (Claim c : extractor.extract(article)) {
                predictions.add(toJson(c));
            }
        }
        Path out = Path.of("target", "seed-predictions.jsonl");
        Files.createDirectories(out.getParent());
        StringBuilder b = new StringBuilder();
        for (JsonNode p : predictions) {
            b.append(JSON.writeValueAsString(p)).append('\n');
        }
        Files.writeString(out, b.toString());

        List<JsonNode> golds = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            if (!line.isBlank()) {
                golds.add(JSON.readTree(line));
            }
        }
        double f1 = f1(golds, predictions);
        assertTrue(f1 >= 0.95, "F1 on the seeds is " + f1 + "; predictions in " + out);
    }

    private static double f1(List<JsonNode> golds, List<JsonNode> predictions) {
        int tp = 0;
        int fp = 0;
        Set<JsonNode> used = new HashSet<>();
        for (JsonNode p : predictions) {
            if (p.path("value").isNull()) {
                continue;
            }
            JsonNode hit = golds.stream().filter(g -> !g.path("optional").asBoolean() && !used.contains(g)
                    && sameKey(g, p)).findFirst().orElse(null);
            if (hit != null) {
                used.add(hit);
                tp++;
            } else if (golds.stream().noneMatch(g -> g.path("optional").asBoolean() && inRange(g, p))) {
                fp++;
            }
        }
        long required = golds.stream().filter(g -> !g.path("optional").asBoolean()).count();
        int fn = (int) required - tp;
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static boolean sameKey(JsonNode g, JsonNode p) {
        return g.path("articleId").asText().equals(p.path("articleId").asText())
                && Objects.equals(text(g, "force"), text(p, "force"))
                && Objects.equals(text(g, "measure"), text(p, "measure"))
                && Objects.equals(number(g, "value"), number(p, "value"))
                && Objects.equals(number(g, "high"), number(p, "high"));
    }

    private static boolean inRange(JsonNode g, JsonNode p) {
        long v = p.path("value").asLong();
        return g.path("articleId").asText().equals(p.path("articleId").asText())
                && Objects.equals(text(g, "force"), text(p, "force"))
                && Objects.equals(text(g, "measure"), text(p, "measure"))
                && g.path("valueRange").get(0).asLong() <= v && v <= g.path("valueRange").get(1).asLong();
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isNull() || n.path(field).isMissingNode() ? null : n.path(field).asText();
    }

    private static Long number(JsonNode n, String field) {
        return n.path(field).isNull() || n.path(field).isMissingNode() ? null : n.path(field).asLong();
    }

    private static JsonNode toJson(Claim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("articleId", c.articleId());
        o.put("force", c.force());
        o.put("measure", c.measure().toString());
        o.put("value", c.value());
        o.put("high", c.high());
        o.put("qualifier", c.qualifier().toString());
        o.put("location", c.location());
        o.put("attributedTo", c.attributedTo());
        o.put("amount", c.amount());
        ObjectNode ev = o.putObject("evidence");
        ev.put("sentence", c.evidence().sentence());
        ev.put("start", c.evidence().start());
        ev.put("end", c.evidence().end());
        return o;
    }
}

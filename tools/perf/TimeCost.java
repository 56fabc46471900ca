package claimwatch.ingest;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import com.fasterxml.jackson.databind.ObjectMapper;
/** CPU-ns per ArticleParser.parseTime over the real texts' publishedAt values (java -cp JAR:/tmp/fp claimwatch.ingest.TimeCost) */
public class TimeCost {
    public static void main(String[] args) throws Exception {
        ObjectMapper m = new ObjectMapper(); List<String> raw = new ArrayList<>();
        for (Path p : Files.list(Path.of("/work/shared/corpora")).filter(f -> f.toString().endsWith(".jsonl")).toList())
            for (String l : Files.readAllLines(p)) if (!l.isBlank()) raw.add(m.readTree(l).get("publishedAt").asText());
        var bean = ManagementFactory.getThreadMXBean(); double best = 1e18; long sink = 0;
        for (int r = 0; r < 50; r++) { long a = bean.getCurrentThreadCpuTime(); for (String s : raw) sink += ArticleParser.parseTime(s).getEpochSecond(); best = Math.min(best, (bean.getCurrentThreadCpuTime() - a) / (double) raw.size()); }
        System.out.printf("parseTime: best %.0f CPU-ns per publishedAt (%d values) [%d]%n", best, raw.size(), sink & 1);
    }
}

import claimwatch.dedup.Fingerprints;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import com.fasterxml.jackson.databind.ObjectMapper;
public class NormCost {
    public static void main(String[] args) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<String> ascii = new ArrayList<>(), other = new ArrayList<>();
        for (Path p : Files.list(Path.of("/work/shared/corpora")).filter(f -> f.toString().endsWith(".jsonl")).toList())
            for (String l : Files.readAllLines(p)) if (!l.isBlank()) { String t = m.readTree(l).get("text").asText(); (t.chars().allMatch(c -> c < 0x80) ? ascii : other).add(t); }
        var bean = ManagementFactory.getThreadMXBean();
        for (List<String> set : List.of(ascii, other)) {
            long chars = set.stream().mapToLong(String::length).sum(); double best = 1e18; long sink = 0;
            for (int r = 0; r < 15; r++) { long a = bean.getCurrentThreadCpuTime(); for (String t : set) sink += Fingerprints.normalise(t).length(); best = Math.min(best, (bean.getCurrentThreadCpuTime() - a) / (double) chars); }
            System.out.printf("%s: %d texts, %d chars, best %.2f ns/char [%d]%n", set == ascii ? "ascii" : "non-ascii", set.size(), chars, best, sink & 1);
        }
    }
}

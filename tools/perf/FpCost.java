import claimwatch.dedup.Fingerprints;
import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** CPU-µs per article of the stream thread's per-article helpers, on the real texts: java -cp JAR:/tmp/fp FpCost */
public class FpCost {
    static long cpu() { return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
    public static void main(String[] args) throws Exception {
        List<byte[]> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("/work/shared/corpora"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList())
                for (String l : Files.readAllLines(p)) if (!l.isBlank()) lines.add(l.getBytes(StandardCharsets.UTF_8));
        }
        ArticleParser parser = new ArticleParser(10_000_000);
        Method sig;
        try { sig = Fingerprints.class.getMethod("signatureOfNormal", String.class, boolean.class); }
        catch (NoSuchMethodException e) { sig = null; }
        Method v1 = Fingerprints.class.getMethod("minhashOfNormal", String.class);
        int N = lines.size(); long sink = 0; int ascii = 0;
        double[] best = {1e18, 1e18, 1e18, 1e18};
        Article[] arts = new Article[N]; String[] normals = new String[N];
        for (int r = 0; r < 10; r++) {
            long a = cpu();
            for (int i = 0; i < N; i++) arts[i] = parser.parse(lines.get(i));
            long b = cpu();
            for (int i = 0; i < N; i++) normals[i] = Fingerprints.normalise(arts[i].text());
            long c = cpu();
            for (int i = 0; i < N; i++) sink += Fingerprints.contentHashOfNormal(normals[i]).hashCode();
            long d = cpu();
            for (int i = 0; i < N; i++) sink += (sig != null ? (String) sig.invoke(null, normals[i], false) : (String) v1.invoke(null, normals[i])).length();
            long e = cpu();
            long[] x = {b - a, c - b, d - c, e - d};
            for (int k = 0; k < 4; k++) best[k] = Math.min(best[k], x[k] / 1e3 / N);
        }
        for (Article a : arts) if (a.text().chars().allMatch(ch -> ch < 0x80)) ascii++;
        System.out.printf("%d real texts (%d pure ASCII), best of 10 rounds, CPU-us per article: parse %.1f, normalise %.1f, contentHash %.1f, signature %.1f (%s)  [%d]%n",
                N, ascii, best[0], best[1], best[2], best[3], sig != null ? "signatureOfNormal" : "minhashOfNormal v1", sink & 1);
    }
}

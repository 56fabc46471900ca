import claimwatch.dedup.Fingerprints;
import java.nio.file.*;
import java.util.*;
import com.fasterxml.jackson.databind.ObjectMapper;
/** Near-duplicate verdicts (similarity >= 0.5) of every pair of the real texts, first version against second. */
public class Verdicts {
    static Set<String> sh(String t) { String[] w = Fingerprints.normalise(t).split(" "); Set<String> s = new HashSet<>(); if (w.length <= 3) s.add(String.join(" ", w)); else for (int i = 0; i + 3 <= w.length; i++) s.add(w[i] + " " + w[i+1] + " " + w[i+2]); return s; }
    static double jac(String a, String b) { Set<String> x = sh(a), y = sh(b); Set<String> u = new HashSet<>(x); u.addAll(y); x.retainAll(y); return (double) x.size() / u.size(); }
    public static void main(String[] args) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (Path p : Files.list(Path.of("/work/shared/corpora")).filter(f -> f.toString().endsWith(".jsonl")).sorted().toList())
            for (String l : Files.readAllLines(p)) if (!l.isBlank()) texts.add(m.readTree(l).get("text").asText());
        int n = texts.size(); String[] v1 = new String[n], v2 = new String[n];
        for (int i = 0; i < n; i++) { String norm = Fingerprints.normalise(texts.get(i)); v1[i] = Fingerprints.minhashOfNormal(norm); v2[i] = Fingerprints.signatureOfNormal(norm, false); }
        long both = 0, only1 = 0, only2 = 0, pairs = 0;
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
            boolean a = Fingerprints.similarity(v1[i], v1[j]) >= 0.5, b = Fingerprints.similarity(v2[i], v2[j]) >= 0.5; pairs++;
            if (a && b) both++; else if (a) { only1++; if (only1 <= 5) System.out.printf("  v1 only: %d %d %.3f %.3f exact %.3f%n", i, j, Fingerprints.similarity(v1[i], v1[j]), Fingerprints.similarity(v2[i], v2[j]), jac(texts.get(i), texts.get(j))); }
            else if (b) { only2++; if (only2 <= 5) System.out.printf("  v2 only: %d %d %.3f %.3f exact %.3f%n", i, j, Fingerprints.similarity(v1[i], v1[j]), Fingerprints.similarity(v2[i], v2[j]), jac(texts.get(i), texts.get(j))); }
        }
        System.out.printf("%d texts, %d pairs: near-duplicates by both versions %d, by the first only %d, by the second only %d%n", n, pairs, both, only1, only2);
    }
}

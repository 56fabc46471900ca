import claimwatch.avro.AvroSerde;
import claimwatch.dedup.ClaimSighting;
import claimwatch.dedup.ExtractedSighting;
import claimwatch.dedup.Fingerprints;
import claimwatch.dedup.SeenSighting;
import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;
import claimwatch.ingest.ArticleParser;
import claimwatch.topology.JsonSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * CPU-ns a record of the serdes the stream thread calls for every claim, on the claims of the real
 * texts: JSON of Claim and ClaimSighting (output topics), Avro of ExtractedSighting and SeenSighting
 * (repartition topic, store), each written and read back. Best of 200 rounds; prints a SHA-256 of every
 * byte written, so two jars can be checked to write the same bytes:
 * java -cp JAR:/tmp/fp SerCost
 */
public class SerCost {
    static long cpu() { return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }

    public static void main(String[] args) throws Exception {
        ArticleParser parser = new ArticleParser(10_000_000);
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        List<ExtractedSighting> extracted = new ArrayList<>();
        try (var files = Files.list(Path.of("/work/shared/corpora"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String l : Files.readAllLines(p)) {
                    if (l.isBlank()) continue;
                    Article a = parser.parse(l.getBytes(StandardCharsets.UTF_8));
                    String normal = Fingerprints.normalise(a.text());
                    String hash = Fingerprints.contentHashOfNormal(normal);
                    String minhash = Fingerprints.minhashOfNormal(normal);
                    int k = 0;
                    for (Claim c : extractor.extract(a)) {
                        extracted.add(new ExtractedSighting(c.force() + "|" + c.measure() + "|" + c.location() + "|" + c.value() + "|" + (k++),
                                a.id(), a.source(), a.publishedAt(), c.attributedParty(), c.location(), hash, minhash, c));
                    }
                }
            }
        }
        int n = extracted.size();
        List<Claim> claims = extracted.stream().map(ExtractedSighting::claim).toList();
        List<ClaimSighting> sightings = new ArrayList<>();
        List<SeenSighting> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ExtractedSighting e = extracted.get(i);
            sightings.add(e.counted(i % 3 == 0 ? "copy-" + i : null, e.publishedAt()));
            seen.add(new SeenSighting(e.articleId(), e.contentHash(), e.minhash(), e.publishedAt(), i % 3 == 0 ? "copy-" + i : null));
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String[] names = {"JSON Claim", "JSON ClaimSighting", "Avro ExtractedSighting", "Avro SeenSighting"};
        @SuppressWarnings("unchecked")
        Serializer<Object>[] ser = new Serializer[] {
                JsonSerde.serializer(Claim.class), JsonSerde.serializer(ClaimSighting.class),
                AvroSerde.of(ExtractedSighting.class).serializer(), AvroSerde.of(SeenSighting.class).serializer()};
        @SuppressWarnings("unchecked")
        Deserializer<Object>[] de = new Deserializer[] {
                JsonSerde.deserializer(Claim.class), JsonSerde.deserializer(ClaimSighting.class),
                AvroSerde.of(ExtractedSighting.class).deserializer(), AvroSerde.of(SeenSighting.class).deserializer()};
        List<?>[] values = {claims, sightings, extracted, seen};
        double[] bestW = new double[4], bestR = new double[4];
        java.util.Arrays.fill(bestW, 1e18);
        java.util.Arrays.fill(bestR, 1e18);
        long[] bytes = new long[4];
        byte[][][] written = new byte[4][n][];
        long sink = 0;
        for (int round = 0; round < 200; round++) {
            for (int s = 0; s < 4; s++) {
                List<?> vs = values[s];
                long a = cpu();
                for (int i = 0; i < n; i++) written[s][i] = ser[s].serialize("t", vs.get(i));
                long b = cpu();
                for (int i = 0; i < n; i++) sink += de[s].deserialize("t", written[s][i]).hashCode();
                long c = cpu();
                bestW[s] = Math.min(bestW[s], (double) (b - a) / n);
                bestR[s] = Math.min(bestR[s], (double) (c - b) / n);
            }
        }
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < n; i++) {
                sha.update(written[s][i]);
                bytes[s] += written[s][i].length;
                if (!de[s].deserialize("t", written[s][i]).equals(values[s].get(i))) {
                    throw new AssertionError(names[s] + " " + i + " does not read back equal");
                }
            }
        }
        System.out.printf("%d claims of the real texts, best of 200 rounds, CPU-ns a record (write / read):%n", n);
        for (int s = 0; s < 4; s++) {
            System.out.printf("  %-24s %6.0f / %6.0f   (%.0f bytes a record)%n", names[s], bestW[s], bestR[s], (double) bytes[s] / n);
        }
        System.out.printf("SHA-256 of every byte written: %s  [%d]%n", HexFormat.of().formatHex(sha.digest()), sink & 1);
    }
}

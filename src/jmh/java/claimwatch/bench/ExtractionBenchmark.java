package claimwatch.bench;

import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.Article;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one thread over realistic article text: the five bundled seed
 * articles plus generated news paragraphs, about a third of them stating personnel numbers
 * and the rest full of numbers that are not claims (dates, money, distances, equipment).
 * The {@code bytes} counter reports UTF-8 bytes read per second: divide by 10^6 for MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

    private static final String[] SAMPLES = {"000_590fbcd969a6a2c3.txt", "001_a40d1bd201719393.txt",
        "002_da94ea73763b4ec9.txt", "003_9128b058b75cabc4.txt", "004_993c55ae9931b755.txt"};

    private final ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
    private List<Article> articles;
    private long[] sizes;

    /** UTF-8 bytes extracted, reported by JMH as a rate per wall-clock second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;
        private int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    /**
     * The same work per CPU-second of the benchmark thread, for machines shared with other jobs,
     * where wall-clock rates measure the queue for a core: MB/s on one core = cpuBytes / cpuNanos * 1000.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuBytes;
        public long cpuNanos;

        @Setup(Level.Iteration)
        public void reset() {
            cpuBytes = 0;
            cpuNanos = 0;
        }

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    @Setup
    public void load() throws IOException {
        articles = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/samples/" + name)) {
                seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder(seeds.get(i % seeds.size()));
            for (int p = 0; p < 8; p++) {
                text.append("\n\n").append(FillerText.paragraph(random));
            }
            articles.add(new Article("bench-" + i, "bench", null, null, null, text.toString()));
        }
        sizes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    /**
     * A yardstick for the machine, not for claimwatch: one bare {@code java.util.regex} pass for
     * "number … troops" over the same text (the issue quotes about 25 MB/s for this on its machine).
     */
    private static final Pattern NUMBER_THEN_TROOPS = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:\\w+\\s+){0,2}?(troops|soldiers|servicemen|personnel|forces|fighters|officers)");

    @Benchmark
    public int regexBaselineOneArticle(Bytes counter, CpuTime cpu) {
        int n = counter.next;
        counter.next = (n + 1) % articles.size();
        counter.bytes += sizes[n];
        long start = cpu.now();
        Matcher m = NUMBER_THEN_TROOPS.matcher(articles.get(n).text());
        int found = 0;
        while (m.find()) {
            found++;
        }
        cpu.cpuNanos += cpu.now() - start;
        cpu.cpuBytes += sizes[n];
        return found;
    }

    @Benchmark
    public int extractOneArticle(Bytes counter, CpuTime cpu) {
        int n = counter.next;
        counter.next = (n + 1) % articles.size();
        counter.bytes += sizes[n];
        long start = cpu.now();
        int claims = extractor.extract(articles.get(n)).size();
        cpu.cpuNanos += cpu.now() - start;
        cpu.cpuBytes += sizes[n];
        return claims;
    }
}

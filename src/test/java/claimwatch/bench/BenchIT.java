package claimwatch.bench;

import claimwatch.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of {@code claimwatch bench} on the embedded broker: it measures both apps and the latency, and says so. */
@Timeout(300)
class BenchIT {

    @Test
    void measuresPassThroughClaimwatchAndLatencyInOneRun(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute("bench", "--articles", "150", "--warmup-articles", "50", "--partitions", "2", "--rate", "20",
                "--latency-seconds", "3", "--latency-warmup-seconds", "0", "--work-dir", dir.toString());

        String report = out.toString();
        assertEquals(0, exit, report);
        assertTrue(report.contains("published 150 articles"), report);
        assertTrue(report.matches("(?s).*pass-through +[\\d,]+ articles/s.*"), report);
        assertTrue(report.matches("(?s).*claimwatch +[\\d,]+ articles/s.*"), report);
        assertTrue(report.contains("claimwatch / pass-through:"), report);
        assertTrue(report.matches("(?s).*p50 \\d+ ms, p99 \\d+ ms.*over [1-9][\\d,]* articles with claims.*"), report);
    }
}

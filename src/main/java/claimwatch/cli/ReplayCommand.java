package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.local.EmbeddedKafkaBroker;
import claimwatch.replay.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;

/** The full topology over an archive of articles, outputs written as JSON Lines. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Run the full topology over an archive of articles and write claims.jsonl,",
                "estimates.jsonl and alerts.jsonl (and set-aside.jsonl) to --out. The same archive always",
                "gives byte-identical files. Uses a fresh embedded broker unless --bootstrap-servers is given;",
                "on a cluster it uses a fresh application id and topics prefixed replay-<id>-."})
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, arity = "1..*", paramLabel = "FILE|DIR",
            description = "Article files (.txt, .jsonl) or directories.")
    List<Path> articles;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the JSON Lines files.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (windows, trackers, alert thresholds).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Replay on this cluster instead of a fresh embedded broker.")
    String bootstrapServers;

    @Override
    public Integer call() throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        Path workDir = Files.createTempDirectory("claimwatch-replay-");
        ClaimwatchConfig config = ClaimwatchConfig.load(configFile)
                .with("application.id", "claimwatch-replay-" + runId)
                .with("state.dir", workDir.resolve("streams").toString());
        try {
            if (bootstrapServers != null) {
                String prefix = "replay-" + runId + "-";
                return report(new Replay(config.with("bootstrap.servers", bootstrapServers)
                        .with("claimwatch.topic.prefix", prefix), workDir).run(articles, out));
            }
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), new Properties())) {
                return report(new Replay(config.with("bootstrap.servers", broker.bootstrapServers()), workDir)
                        .run(articles, out));
            }
        } finally {
            WorkDirs.deleteRecursively(workDir);
        }
    }

    private int report(Replay.Result result) {
        System.err.printf("replayed %d articles (%d set aside) in %.1f s: %d claims, %d estimates, %d alerts in %s%n",
                result.published(), result.setAside(), result.took().toMillis() / 1000.0,
                result.claims(), result.estimates(), result.alerts(), out);
        return 0;
    }
}

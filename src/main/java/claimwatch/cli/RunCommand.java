package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.serve.Serving;
import claimwatch.topology.ClaimwatchApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The Streams application against the cluster the settings name, until Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the claimwatch Streams application against a cluster until interrupted.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--create-topics", description = "Create missing topics first (partitions: claimwatch.topic.partitions).")
    boolean createTopics;

    @Override
    public Integer call() throws Exception {
        ClaimwatchConfig config = options.load();
        if (createTopics) {
            ClaimwatchApp.createTopics(config);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Serving serving = Serving.bind(config);
             ClaimwatchApp app = ClaimwatchApp.start(serving.streamsConfig())) {
            serving.start(app);
            serving.dashboard().ifPresent(url -> System.err.println("claimwatch: query API and dashboard at " + url));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                serving.close();
                app.close();
                stopped.countDown();
            }, "claimwatch-shutdown"));
            stopped.await();
        }
        return 0;
    }
}

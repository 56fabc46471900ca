package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.topology.ClaimwatchApp;
import claimwatch.watch.Feed;
import claimwatch.watch.FeedStatus;
import claimwatch.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

/** Polls news feeds and publishes each new item's article once onto the articles topic of any cluster. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS, Atom and JSON feeds; publish each new item's article exactly once",
                "to the articles topic: the story read from the item's page (else the item's",
                "own text), id = the canonical URL. Polite: robots.txt, conditional GET, a pause",
                "between requests to one host, backoff on failure. Instances with the same",
                "settings share the feeds. Runs until Ctrl-C.",
                "",
                "  claimwatch watch --bootstrap-servers kafka:9092 \\",
                "      --feeds config/feeds.properties",
                ""})
final class WatchCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Mixin
    FeedOptions feedOptions;

    @Option(names = "--instance-id", paramLabel = "NAME",
            description = {"This instance's name, unique among running instances and the same across its restarts",
                    "(its Kafka transactional id). Default: this machine's host name."})
    String instanceId;

    @Option(names = "--create-topics", description = "Create missing topics first (partitions: claimwatch.topic.partitions).")
    boolean createTopics;

    @Option(names = "--status-every", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Print every feed's health this often (default: ${DEFAULT-VALUE}).")
    Duration statusEvery;

    @Override
    public Integer call() throws Exception {
        ClaimwatchConfig config = options.load();
        List<Feed> feeds = feedOptions.feeds();
        if (feeds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no feeds: give --feeds FILE or --feed URL");
        }
        if (createTopics) {
            ClaimwatchApp.createTopics(config);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Watcher watcher = Watcher.start(config, feeds, instanceId == null ? hostName() : instanceId)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                watcher.close();
                stopped.countDown();
            }, "claimwatch-watch-shutdown"));
            while (!stopped.await(statusEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                printStatus(watcher.status());
                if (watcher.failure().isPresent()) {
                    System.err.println("claimwatch watch: stopped: " + watcher.failure().get().getMessage());
                    return 1;
                }
            }
        }
        return 0;
    }

    static void printStatus(List<FeedStatus> status) {
        for (FeedStatus s : status) {
            System.err.printf("claimwatch: feed %s %s: last poll %s, %d items seen, %d published, next %s%s%n",
                    s.feed(), s.state(), s.lastPoll() == null ? "never" : s.lastPoll(), s.itemsSeen(), s.itemsPublished(),
                    s.nextPoll() == null ? "-" : s.nextPoll(), s.lastError() == null ? "" : " (" + s.lastError() + ")");
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "watch";
        }
    }
}

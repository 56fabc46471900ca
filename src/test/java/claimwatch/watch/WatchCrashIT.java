package claimwatch.watch;

import claimwatch.testing.BrokerExtension;
import claimwatch.testing.ClaimwatchProcess;
import claimwatch.testing.FeedContent;
import claimwatch.testing.FeedContent.Item;
import claimwatch.testing.FeedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code claimwatch watch} in a JVM of its own over a feed of 200 items with pages: killed with
 * SIGKILL mid-poll twice, the broker restarted under it once; every item on {@code articles} exactly once.
 */
@Timeout(300)
class WatchCrashIT {

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    private static final int ITEMS = 200;

    @Test
    void everyItemOfA200ItemFeedIsPublishedExactlyOnceThroughKillsAndABrokerRestart() throws Exception {
        // Given: a feed of 200 items whose pages each take 15 ms, so one poll lasts seconds and a kill lands inside it
        try (FeedServer server = new FeedServer()) {
            List<Item> items = BigFeed.serve(server, ITEMS, 15);
            Path dir = kafka.workDir();
            Path config = BigFeed.settingsFile(dir, kafka.bootstrapServers(), 3);
            Path feeds = BigFeed.feedsFile(dir, server);
            List<String> watch = List.of("watch", "--config", config.toString(), "--feeds", feeds.toString(),
                    "--instance-id", "crash", "--create-topics", "--status-every", "PT2S");
            // kept after the test, for a failure's post-mortem
            Path log = Path.of("target", "WatchCrashIT-watch.log");
            Files.deleteIfExists(log);

            // When: killed at 40 and at 110 articles, the broker restarted at 150, until all are there
            try (ClaimwatchProcess first = ClaimwatchProcess.start(watch, log)) {
                BigFeed.awaitArticles(kafka.bootstrapServers(), 40, first);
                first.kill();
            }
            try (ClaimwatchProcess second = ClaimwatchProcess.start(watch, log)) {
                BigFeed.awaitArticles(kafka.bootstrapServers(), 110, second);
                second.kill();
            }
            try (ClaimwatchProcess third = ClaimwatchProcess.start(watch, log)) {
                BigFeed.awaitArticles(kafka.bootstrapServers(), 150, third);
                kafka.broker().stop();
                Thread.sleep(3000);
                kafka.broker().restart();
                BigFeed.awaitArticles(kafka.bootstrapServers(), ITEMS, third);
                Thread.sleep(3000);   // polls after the last item: nothing more may come
                third.stop();
            }

            // Then: each item's article once
            BigFeed.assertEachPublishedOnce(kafka.bootstrapServers(), items);
        }
    }
}

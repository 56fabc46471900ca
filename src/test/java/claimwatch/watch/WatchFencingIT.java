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
 * Two {@code watch} instances, the first frozen (SIGSTOP) in the middle of a poll until the group
 * has given its feed to the second, then thawed: the zombie cannot commit what it was publishing
 * (its transaction carries a stale group generation, KIP-447), so every item is on {@code articles} once.
 */
@Timeout(240)
class WatchFencingIT {

    @RegisterExtension
    static final BrokerExtension kafka = new BrokerExtension();

    private static final int ITEMS = 120;

    @Test
    void anInstanceFrozenMidPollAndThawedAfterTheOtherTookItsFeedPublishesNothingTwice() throws Exception {
        try (FeedServer server = new FeedServer()) {
            List<Item> items = BigFeed.serve(server, ITEMS, 40);
            Path dir = kafka.workDir();
            Path config = BigFeed.settingsFile(dir, kafka.bootstrapServers(), 1,
                    // a frozen instance loses its feed after this
                    "session.timeout.ms=6000", "heartbeat.interval.ms=1000", "transaction.timeout.ms=10000");
            Path feeds = BigFeed.feedsFile(dir, server);
            Path log = Path.of("target", "WatchFencingIT-watch.log");
            Files.deleteIfExists(log);

            // Given: instance a is publishing the feed, b waits beside it with nothing to do (one partition)
            try (ClaimwatchProcess a = ClaimwatchProcess.start(args(config, feeds, "a"), log)) {
                BigFeed.awaitArticles(kafka.bootstrapServers(), 20, a);
                try (ClaimwatchProcess b = ClaimwatchProcess.start(args(config, feeds, "b"), log)) {
                    // When: a freezes mid-poll, long enough for the group to give the feed to b, then thaws
                    a.pause();
                    BigFeed.awaitArticles(kafka.bootstrapServers(), ITEMS, b);
                    a.resume();
                    Thread.sleep(6000);   // a's leftovers, if they could commit, would land now
                    b.stop();
                }
                a.stop();
            }

            // Then: every item once
            BigFeed.assertEachPublishedOnce(kafka.bootstrapServers(), items);
        }
    }

    private static List<String> args(Path config, Path feeds, String id) {
        return List.of("watch", "--config", config.toString(), "--feeds", feeds.toString(), "--instance-id", id,
                "--create-topics", "--status-every", "PT2S");
    }
}

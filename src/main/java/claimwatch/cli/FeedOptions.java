package claimwatch.cli;

import claimwatch.watch.Feed;
import claimwatch.watch.FeedList;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code --feeds FILE}, {@code --feed URL} and {@code --interval}, for {@code watch} and {@code local}. */
final class FeedOptions {

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Feed list: .properties (see config/feeds.properties) or .opml (repeatable).")
    List<Path> feedFiles = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "One feed by its URL (repeatable).")
    List<String> feedUrls = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "Poll interval of the feeds given by --feed (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration interval;

    boolean any() {
        return !feedFiles.isEmpty() || !feedUrls.isEmpty();
    }

    List<Feed> feeds() {
        List<Feed> feeds = new ArrayList<>();
        feedFiles.forEach(file -> feeds.addAll(FeedList.load(file)));
        feedUrls.forEach(url -> feeds.add(FeedList.ofUrl(url, interval)));
        return feeds;
    }
}

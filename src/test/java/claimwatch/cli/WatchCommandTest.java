package claimwatch.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code watch} and {@code local --feed} on the command line, without a cluster. */
class WatchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void watchHelpDocumentsTheFeedListTheClusterAndAnExample() {
        assertEquals(0, run("watch", "--help"));
        for (String option : new String[] {"--feeds=FILE", "--feed=URL", "--bootstrap-servers", "--instance-id", "--interval"}) {
            assertTrue(out.toString().contains(option), option + " in\n" + out);
        }
        assertTrue(out.toString().contains("--feeds config/feeds.properties"), out.toString());
    }

    @Test
    void localHelpDocumentsWatchingAFeed() {
        assertEquals(0, run("local", "--help"));
        assertTrue(out.toString().contains("--feed=URL"), out.toString());
        assertTrue(out.toString().contains("claimwatch local --feed https://"), out.toString());
    }

    @Test
    void watchWithoutFeedsIsAUsageErrorThatSaysWhatIsMissing() {
        assertEquals(2, run("watch", "--bootstrap-servers", "127.0.0.1:1"));
        assertTrue(err.toString().contains("no feeds: give --feeds FILE or --feed URL"), err.toString());
    }

    @Test
    void aFeedListWithAMisspelledKeyStopsWatchBeforeItTouchesTheCluster() throws Exception {
        java.nio.file.Path feeds = java.nio.file.Files.createTempFile("feeds", ".properties");
        java.nio.file.Files.writeString(feeds, "feed.a.url=https://a.test/rss\nfeed.a.intervall=PT5M\n");
        assertEquals(1, run("watch", "--bootstrap-servers", "127.0.0.1:1", "--feeds", feeds.toString()));
        assertTrue(err.toString().contains("unknown key feed.a.intervall"), err.toString());
    }
}

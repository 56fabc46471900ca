package claimwatch.replay;

import claimwatch.ingest.ArticleFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An archive of articles put in the one order a replay publishes them: by publication time,
 * then id, then content. Whatever order the files come in, the topology sees the same stream.
 *
 * <p>Records that cannot be replayed are set aside with a reason: those that are not articles,
 * and articles with no publication time — the live pipeline would stamp those with the time
 * they arrive, which in a replay is the day it runs, so the output would change with the
 * calendar.
 */
record Archive(List<ArticleFiles.Entry> dated, List<SetAside> setAside) {

    /** A record the replay does not publish, and why. */
    record SetAside(String file, String id, String reason) {
    }

    private static final Comparator<ArticleFiles.Entry> REPLAY_ORDER = Comparator
            .comparing(ArticleFiles.Entry::publishedAt)
            .thenComparing(ArticleFiles.Entry::key)
            .thenComparing(ArticleFiles.Entry::value, Arrays::compare);

    static Archive read(ArticleFiles files, List<Path> inputs) throws IOException {
        List<ArticleFiles.Entry> dated = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        for (Path file : ArticleFiles.expand(inputs)) {
            String name = file.getFileName().toString();
            files.read(file, entry -> {
                if (entry.problem() != null) {
                    setAside.add(new SetAside(name, null, entry.problem()));
                } else if (entry.publishedAt() == null) {
                    setAside.add(new SetAside(name, entry.key(),
                            "no publication time (no publishedAt, no dateline): a replay cannot place it in time"));
                } else {
                    dated.add(entry);
                }
            });
        }
        dated.sort(REPLAY_ORDER);
        setAside.sort(Comparator.comparing(SetAside::file).thenComparing(s -> String.valueOf(s.id()))
                .thenComparing(SetAside::reason));
        return new Archive(List.copyOf(dated), List.copyOf(setAside));
    }
}

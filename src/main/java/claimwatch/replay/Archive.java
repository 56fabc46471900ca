package claimwatch.replay;

import claimwatch.ingest.ArticleFiles;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import static claimwatch.replay.ExternalSort.readBytes;
import static claimwatch.replay.ExternalSort.readString;
import static claimwatch.replay.ExternalSort.writeBytes;
import static claimwatch.replay.ExternalSort.writeString;

/**
 * An archive of articles put in the one order a replay publishes them: by publication time,
 * then id, then content. Whatever order the files come in, the topology sees the same stream.
 *
 * <p>Records that cannot be replayed are set aside with a reason: those that are not articles,
 * and articles with no publication time — the live pipeline would stamp those with the time
 * they arrive, which in a replay is the day it runs, so the output would change with the
 * calendar.
 *
 * <p>The files are read once; both kinds of record are sorted on disk ({@link ExternalSort}), so an
 * archive of any size is replayed in the heap of one sort chunk. {@link #close()} deletes the runs.
 */
final class Archive implements Closeable {

    /** An article to publish: its record's timestamp, key and value. */
    record Dated(Instant publishedAt, String key, byte[] value) {
    }

    /** A record the replay does not publish, and why. */
    record SetAside(String file, String id, String reason) {
    }

    private static final Comparator<Dated> REPLAY_ORDER = Comparator
            .comparing(Dated::publishedAt)
            .thenComparing(Dated::key)
            .thenComparing(Dated::value, Arrays::compare);

    private static final Comparator<SetAside> SET_ASIDE_ORDER = Comparator
            .comparing(SetAside::file)
            .thenComparing(s -> String.valueOf(s.id()))
            .thenComparing(SetAside::reason);

    private final ExternalSort<Dated> dated;
    private final ExternalSort<SetAside> setAside;

    private Archive(Path workDir, long chunkBytes) {
        this.dated = new ExternalSort<>(workDir, chunkBytes, REPLAY_ORDER, DATED);
        this.setAside = new ExternalSort<>(workDir, chunkBytes, SET_ASIDE_ORDER, SET_ASIDE);
    }

    /** Reads every record of {@code inputs}, sorting them in chunks of about {@code chunkBytes} under {@code workDir}. */
    static Archive read(ArticleFiles files, List<Path> inputs, Path workDir, long chunkBytes) throws IOException {
        Archive archive = new Archive(workDir, chunkBytes);
        try {
            for (Path file : ArticleFiles.expand(inputs)) {
                String name = file.getFileName().toString();
                files.read(file, entry -> {
                    if (entry.problem() != null) {
                        archive.setAside.add(new SetAside(name, null, entry.problem()));
                    } else if (entry.publishedAt() == null) {
                        archive.setAside.add(new SetAside(name, entry.key(),
                                "no publication time (no publishedAt, no dateline): a replay cannot place it in time"));
                    } else {
                        archive.dated.add(new Dated(entry.publishedAt(), entry.key(), entry.value()));
                    }
                });
            }
            return archive;
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    long datedCount() {
        return dated.size();
    }

    long setAsideCount() {
        return setAside.size();
    }

    /** The articles to publish, in replay order; once. */
    Iterator<Dated> dated() {
        return dated.sorted();
    }

    /** The records set aside, by file, id and reason; once. */
    Iterator<SetAside> setAside() {
        return setAside.sorted();
    }

    @Override
    public void close() {
        try {
            dated.close();
        } finally {
            setAside.close();
        }
    }

    private static final ExternalSort.Codec<Dated> DATED = new ExternalSort.Codec<>() {
        @Override
        public void write(DataOutputStream out, Dated article) throws IOException {
            out.writeLong(article.publishedAt().getEpochSecond());
            out.writeInt(article.publishedAt().getNano());
            writeString(out, article.key());
            writeBytes(out, article.value());
        }

        @Override
        public Dated read(DataInputStream in) throws IOException {
            return new Dated(Instant.ofEpochSecond(in.readLong(), in.readInt()), readString(in), readBytes(in));
        }

        @Override
        public long heapBytes(Dated article) {
            return 128 + 2L * article.key().length() + article.value().length;
        }
    };

    private static final ExternalSort.Codec<SetAside> SET_ASIDE = new ExternalSort.Codec<>() {
        @Override
        public void write(DataOutputStream out, SetAside record) throws IOException {
            writeString(out, record.file());
            out.writeBoolean(record.id() != null);
            if (record.id() != null) {
                writeString(out, record.id());
            }
            writeString(out, record.reason());
        }

        @Override
        public SetAside read(DataInputStream in) throws IOException {
            String file = readString(in);
            String id = in.readBoolean() ? readString(in) : null;
            return new SetAside(file, id, readString(in));
        }

        @Override
        public long heapBytes(SetAside record) {
            return 128 + 2L * (record.file().length() + String.valueOf(record.id()).length() + record.reason().length());
        }
    };
}

package claimwatch.replay;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Sorts more items than fit in memory: items are collected in chunks of about {@code chunkBytes}
 * of heap ({@link Codec#heapBytes}), each chunk is sorted and written to a run file, and
 * {@link #sorted()} merges the runs with a priority queue, at most {@value #FAN_IN} at a time.
 *
 * <p>The sort is stable, as {@link List#sort} is: items the comparator finds equal come out in
 * the order they were added. Within a run {@link List#sort} keeps them; across runs the merge
 * takes the earlier run first.
 *
 * <p>{@link #keepingLast} makes a sort that keeps, of the items the comparator finds equal, only
 * the one added last: the chunk is then a map that replaces an item by a later equal one, so a
 * stream of updates to few keys fills no chunk and writes runs no bigger than its keys.
 *
 * <p>Memory: one chunk while adding; while merging, one read buffer and one item a run. The run
 * files live in a directory of their own, deleted by {@link #close()}. I/O errors are thrown as
 * {@link UncheckedIOException}, so {@link #add} can be handed to callbacks.
 */
final class ExternalSort<T> implements Closeable {

    /** How an item is written to a run file and read back, and about how much heap it holds. */
    interface Codec<T> {
        void write(DataOutputStream out, T item) throws IOException;

        T read(DataInputStream in) throws IOException;

        /** About how many bytes of heap {@code item} holds: what the chunk size counts. */
        long heapBytes(T item);
    }

    /** Runs merged at once; more are merged in passes, so open files and read buffers stay bounded. */
    static final int FAN_IN = 64;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path dir;
    private final long chunkBytes;
    private final Comparator<? super T> order;
    private final Codec<T> codec;

    private final List<T> chunk = new ArrayList<>();
    /** The chunk of a {@link #keepingLast} sort, {@code null} in one that keeps every item. */
    private final TreeMap<T, T> lastOfEqual;
    private long chunkHeap;
    private final List<Run> runs = new ArrayList<>();
    private final List<Closeable> openReaders = new ArrayList<>();
    private int runsWritten;
    private long size;
    private boolean merging;

    /** A sort whose run files go in a new directory under {@code parent}. */
    ExternalSort(Path parent, long chunkBytes, Comparator<? super T> order, Codec<T> codec) {
        this(parent, chunkBytes, order, codec, false);
    }

    /** A sort that gives, of the items {@code order} finds equal, only the one added last. */
    static <T> ExternalSort<T> keepingLast(Path parent, long chunkBytes, Comparator<? super T> order, Codec<T> codec) {
        return new ExternalSort<>(parent, chunkBytes, order, codec, true);
    }

    private ExternalSort(Path parent, long chunkBytes, Comparator<? super T> order, Codec<T> codec, boolean keepLast) {
        if (chunkBytes <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, not " + chunkBytes);
        }
        try {
            this.dir = Files.createTempDirectory(Files.createDirectories(parent), "sort-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.chunkBytes = chunkBytes;
        this.order = order;
        this.codec = codec;
        this.lastOfEqual = keepLast ? new TreeMap<>(order) : null;
    }

    void add(T item) {
        if (merging) {
            throw new IllegalStateException("add after sorted()");
        }
        size++;
        chunkHeap += codec.heapBytes(item);
        if (lastOfEqual == null) {
            chunk.add(item);
        } else {
            T replaced = lastOfEqual.remove(item); // removed, not put over: put would keep the old item as the key
            lastOfEqual.put(item, item);
            chunkHeap -= replaced == null ? 0 : codec.heapBytes(replaced);
        }
        if (chunkHeap >= chunkBytes) {
            spill();
        }
    }

    /** Items added so far. */
    long size() {
        return size;
    }

    /** Every item added, in order; once, after the last {@link #add}. */
    Iterator<T> sorted() {
        if (merging) {
            throw new IllegalStateException("sorted() twice");
        }
        merging = true;
        spill();
        while (runs.size() > FAN_IN) {
            List<Run> first = List.copyOf(runs.subList(0, FAN_IN));
            Run merged = write(merge(first)); // of equal items, keeps the last again
            runs.subList(0, FAN_IN).clear();
            runs.add(0, merged); // where the merged runs were: the merge stays stable
            first.forEach(Run::delete);
        }
        return merge(runs);
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        try {
            for (Closeable reader : List.copyOf(openReaders)) { // a merge left unfinished
                reader.close();
            }
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void spill() {
        if (lastOfEqual != null) {
            chunk.addAll(lastOfEqual.values());
            lastOfEqual.clear();
        }
        if (chunk.isEmpty()) {
            return;
        }
        chunk.sort(order);
        runs.add(write(chunk.iterator()));
        chunk.clear();
        chunkHeap = 0;
    }

    private Run write(Iterator<T> items) {
        Run run = new Run(dir.resolve("run-" + runsWritten++));
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(run.file), BUFFER_BYTES))) {
            while (items.hasNext()) {
                codec.write(out, items.next());
                run.count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    private Iterator<T> merge(List<Run> sources) {
        List<RunReader> readers = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            readers.add(new RunReader(sources.get(i), i));
        }
        Iterator<T> merged = new Merge(readers);
        return lastOfEqual == null ? merged : lastOfEach(merged, order);
    }

    /** Of each run of items that {@code same} finds equal in {@code sorted}, the last. */
    private static <T> Iterator<T> lastOfEach(Iterator<T> sorted, Comparator<? super T> same) {
        return new Iterator<>() {
            private T next = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                T last = next;
                next = null;
                while (sorted.hasNext()) {
                    T item = sorted.next();
                    if (same.compare(item, last) != 0) {
                        next = item;
                        break;
                    }
                    last = item;
                }
                return last;
            }
        };
    }

    /** A sorted run file and the number of items in it. */
    private static final class Run {
        final Path file;
        long count;

        Run(Path file) {
            this.file = file;
        }

        void delete() {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads one run; {@code head} is its next item. {@code index} breaks ties: earlier runs first. */
    private final class RunReader implements Closeable {
        final int index;
        final DataInputStream in;
        long remaining;
        T head;

        RunReader(Run run, int index) {
            this.index = index;
            this.remaining = run.count;
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file), BUFFER_BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            openReaders.add(this);
        }

        /** Moves {@code head} to the next item; false, and the file closed, at the end of the run. */
        boolean advance() {
            try {
                if (remaining == 0) {
                    close();
                    return false;
                }
                remaining--;
                head = codec.read(in);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
            openReaders.remove(this);
        }
    }

    /** A k-way merge: the queue holds each run's next item, the least first. */
    private final class Merge implements Iterator<T> {
        private final PriorityQueue<RunReader> heads = new PriorityQueue<>(
                Comparator.<RunReader, T>comparing(r -> r.head, order).thenComparingInt(r -> r.index));

        Merge(List<RunReader> readers) {
            for (RunReader reader : readers) {
                if (reader.advance()) {
                    heads.add(reader);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public T next() {
            RunReader least = heads.poll();
            if (least == null) {
                throw new NoSuchElementException();
            }
            T item = least.head;
            if (least.advance()) {
                heads.add(least);
            }
            return item;
        }
    }

    // Helpers for codecs: strings and byte arrays of any length (DataOutputStream.writeUTF stops at 64 KB).

    static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}

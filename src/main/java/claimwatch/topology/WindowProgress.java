package claimwatch.topology;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How far one task's windows of one window spec have got, in the {@code estimates-progress-<window>}
 * store ({@link StoreNames#estimatesProgress(String)}) under the single key {@link #KEY}: stream time
 * (the highest event time that reached the windows) and the close time up to which closed windows
 * have been emitted. It is written with the window store in the same transaction, so a restarted
 * task resumes where the last commit left it: it neither emits a closed window again nor skips one,
 * and the lateness check upstream judges the first records after a restart by the same stream time.
 *
 * @param streamTime  the highest event time seen (epoch ms), {@link #NONE} before the first record
 * @param emittedUpTo every window ending at or before this (epoch ms) has been emitted; {@link #NONE} before the first record
 */
public record WindowProgress(long streamTime, long emittedUpTo) {

    /** Nothing seen yet. */
    public static final long NONE = Long.MIN_VALUE;

    static final String KEY = "progress";

    static final WindowProgress START = new WindowProgress(NONE, NONE);

    /** What the store holds, or {@link #START} for a task that has seen nothing. */
    static WindowProgress of(KeyValueStore<String, WindowProgress> store) {
        WindowProgress stored = store.get(KEY);
        return stored == null ? START : stored;
    }
}

package claimwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Samples, while an app runs, the JVM heap (used, and live after the last collection of each heap
 * pool) and the size on disk of the app's state directory, and keeps the peaks. The heap is the
 * whole JVM's: with the embedded broker, the broker's too.
 */
final class Resources implements AutoCloseable {

    /**
     * Peaks over the run; {@code stateBytesAtEnd} is the state directory when the run ended. CPU time
     * spent meanwhile by the app's stream threads, and by the whole process (broker included when embedded):
     * on a shared machine the figures that do not depend on how long the app waited for a core.
     */
    record Peak(long heapUsed, long heapAfterGc, long stateBytes, long stateBytesAtEnd, long streamThreadCpuNanos,
                long processCpuNanos) {
    }

    private static final long SAMPLE_MS = 250;
    private static final int STATE_EVERY = 8;

    private final Path stateDir;
    private final String applicationId;
    private final long processCpuAtStart = processCpuNanos();
    private final AtomicLong heapUsed = new AtomicLong();
    private final AtomicLong heapAfterGc = new AtomicLong();
    private final AtomicLong stateBytes = new AtomicLong();
    private final Thread sampler;
    private volatile boolean stopped;

    private Resources(Path stateDir, String applicationId) {
        this.stateDir = stateDir;
        this.applicationId = applicationId;
        this.sampler = new Thread(this::sample, "bench-resources");
        sampler.setDaemon(true);
    }

    /** Watches the state of {@code applicationId} under {@code stateDir}, and its stream threads started from now on. */
    static Resources watch(Path stateDir, String applicationId) {
        Resources resources = new Resources(stateDir.resolve(applicationId), applicationId);
        resources.sampler.start();
        return resources;
    }

    Peak peak() {
        long atEnd = sizeOf(stateDir);
        stateBytes.accumulateAndGet(atEnd, Math::max);
        return new Peak(heapUsed.get(), heapAfterGc.get(), stateBytes.get(), atEnd, streamThreadCpuNanos(),
                processCpuNanos() - processCpuAtStart);
    }

    private long streamThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(applicationId + "-")
                    && thread.getThreadName().contains("-StreamThread-") && !thread.getThreadName().endsWith("-producer")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private void sample() {
        int n = 0;
        while (!stopped) {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                    MemoryUsage collected = pool.getCollectionUsage();
                    afterGc += collected == null ? pool.getUsage().getUsed() : collected.getUsed();
                }
            }
            heapUsed.accumulateAndGet(used, Math::max);
            heapAfterGc.accumulateAndGet(afterGc, Math::max);
            if (n++ % STATE_EVERY == 0) {
                stateBytes.accumulateAndGet(sizeOf(stateDir), Math::max);
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Bytes of the files under {@code dir}; files that vanish while it is walked (RocksDB compactions) are skipped. */
    static long sizeOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.isRegularFile(f) ? Files.size(f) : 0;
                } catch (NoSuchFileException gone) {
                    return 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
    }
}

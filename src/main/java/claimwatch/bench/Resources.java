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
     * on a shared machine the figures that do not depend on how long the app waited for a core. And the
     * time the JIT compilers spent meanwhile: with the broker in the same JVM, compiling goes on for
     * minutes, and on two cores it takes CPU the app would otherwise have.
     */
    record Peak(long heapUsed, long heapAfterGc, long stateBytes, long stateBytesAtEnd, long streamThreadCpuNanos,
                long processCpuNanos, long jitCpuMillis) {
    }

    private static final long SAMPLE_MS = 250;
    private static final int STATE_EVERY = 8;
    /** Linux's USER_HZ, the unit of {@code /proc/.../stat}'s times: 100 on every mainstream build. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Path stateDir;
    private final String applicationId;
    private final long processCpuAtStart = processCpuNanos();
    private final long jitCpuMillisAtStart = jitCpuMillis();
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
                processCpuNanos() - processCpuAtStart, jitCpuMillis() - jitCpuMillisAtStart);
    }

    /**
     * CPU time of the JIT compiler threads, from Linux's {@code /proc/self/task} (the JVM's own
     * compilation-time counter is elapsed time, which on a busy machine counts the wait for a core);
     * 0 elsewhere. A compiler thread the JVM stops meanwhile takes its time with it: a lower bound.
     */
    private static long jitCpuMillis() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    private static long compilerTicks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.contains("CompilerThre")) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended meanwhile
        }
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

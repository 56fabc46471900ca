package claimwatch.replay;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Logs how long each phase of a replay took since the last: wall time, and the CPU time of the
 * whole process (every thread, the embedded broker's included), so a figure from a busy machine
 * can still be compared.
 */
final class Phase {

    private final PrintStream out;
    private long wall = System.nanoTime();
    private long cpu = cpuNanos();

    Phase(PrintStream out) {
        this.out = out;
    }

    void done(String name) {
        long nowWall = System.nanoTime();
        long nowCpu = cpuNanos();
        out.printf("phase: %s took %.1f s (process CPU %.1f s)%n", name, (nowWall - wall) / 1e9, (nowCpu - cpu) / 1e9);
        wall = nowWall;
        cpu = nowCpu;
    }

    /** The process's CPU time, or 0 where the JVM does not tell. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(os.getProcessCpuTime(), 0) : 0;
    }
}

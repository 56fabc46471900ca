package claimwatch.replay;

import java.io.PrintStream;

/** A one-line progress bar on a terminal; on a pipe or log file, a line at each tenth instead. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long total;
    private int lastTenth = -1;

    Progress(PrintStream out, boolean terminal, String label, long total) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = Math.max(total, 1);
    }

    static Progress onStderr(String label, long total) {
        return new Progress(System.err, System.console() != null, label, total);
    }

    void update(long done) {
        long clamped = Math.min(done, total);
        int tenth = (int) (clamped * 10 / total);
        if (terminal) {
            int filled = (int) (clamped * WIDTH / total);
            out.printf("\r%-12s [%s%s] %d/%d", label, "#".repeat(filled), ".".repeat(WIDTH - filled), clamped, total);
            out.flush();
        } else if (tenth != lastTenth) {
            out.printf("%s %d/%d%n", label, clamped, total);
        }
        lastTenth = tenth;
    }

    void finish() {
        update(total);
        if (terminal) {
            out.println();
        }
    }
}

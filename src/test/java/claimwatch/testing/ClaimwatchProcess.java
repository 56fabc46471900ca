package claimwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code claimwatch run --config FILE} in a JVM of its own, as an operator starts it, so that it
 * can be killed the way a machine dies: {@link #kill()} sends SIGKILL ({@link Process#destroyForcibly()}
 * on Linux), no shutdown hook runs, nothing is flushed or committed.
 *
 * <p>The classpath is the test's own ({@code java.class.path}: under failsafe, the packaged
 * classes and every dependency), the entry point {@code claimwatch.cli.Main}, the working
 * directory the test's, so {@code config/} resolves as it does for the test.
 */
public final class ClaimwatchProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ClaimwatchProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code claimwatch run --config configFile}; its output is appended to {@code log}. */
    public static ClaimwatchProcess run(Path configFile, Path log) {
        return start(List.of("run", "--config", configFile.toString()), log);
    }

    /** Starts {@code claimwatch ARGS...} (any command); its output is appended to {@code log}. */
    public static ClaimwatchProcess start(List<String> args, Path log) {
        List<String> command = command(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ClaimwatchProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** Starts {@code claimwatch args...} with its standard output in {@code out} and its standard error in {@code err}. */
    public static ClaimwatchProcess start(List<String> args, Path out, Path err) {
        List<String> command = command(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()))
                    .start();
            return new ClaimwatchProcess(process, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    private static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("claimwatch.cli.Main");
        command.addAll(args);
        return command;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** SIGSTOP: frozen as a long GC pause or a hung machine freezes it, its sockets open; {@link #resume} thaws it. */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause}. */
    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** SIGTERM: the shutdown hook closes Kafka Streams cleanly. Killed if it takes more than 60 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The last lines the process printed, for a failure message. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}

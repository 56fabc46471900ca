package claimwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimwatch} command line: one thin class per command. */
@Command(name = "claimwatch",
        mixinStandardHelpOptions = true,
        version = "claimwatch 0.1.0",
        description = "Numbers the news claims about armed personnel, extracted, deduplicated and tracked on Kafka.",
        subcommands = {
                ExtractCommand.class,
                PublishCommand.class,
                RunCommand.class,
                LocalCommand.class,
                StatusCommand.class,
                WatchCommand.class,
                ReplayCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with claimwatch's error handling: misuse prints one line and exits 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("claimwatch: " + e.getMessage()
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println("claimwatch " + failed.getCommandName() + ": " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}

package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config} and {@code --bootstrap-servers}, for every command that talks to a cluster. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: config/claimwatch.properties if present, else the bundled one).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "The cluster to use; overrides bootstrap.servers from the settings.")
    String bootstrapServers;

    ClaimwatchConfig load() {
        ClaimwatchConfig config = ClaimwatchConfig.load(configFile);
        return bootstrapServers == null ? config : config.with("bootstrap.servers", bootstrapServers);
    }
}

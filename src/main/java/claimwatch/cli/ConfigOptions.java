package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --config} and {@code --bootstrap-servers}, for every command that talks to a cluster. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: config/claimwatch.properties if present, else the bundled one).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "The cluster to use; overrides bootstrap.servers from the settings.")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one setting of the file, e.g. --set claimwatch.http.port=8090 (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    ClaimwatchConfig load() {
        ClaimwatchConfig config = overridden(ClaimwatchConfig.load(configFile), overrides);
        return bootstrapServers == null ? config : config.with("bootstrap.servers", bootstrapServers);
    }

    static ClaimwatchConfig overridden(ClaimwatchConfig config, Map<String, String> overrides) {
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            config = config.with(o.getKey(), o.getValue());
        }
        return config;
    }
}

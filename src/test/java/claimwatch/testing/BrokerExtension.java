package claimwatch.testing;

import claimwatch.local.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One real broker for a test class, in a work directory of its own that also holds the class's
 * state directories and logs: {@code @RegisterExtension static final BrokerExtension kafka = new BrokerExtension();}.
 */
public final class BrokerExtension implements BeforeAllCallback, AfterAllCallback {

    private final Properties overrides;
    private Path workDir;
    private EmbeddedKafkaBroker broker;

    public BrokerExtension() {
        this(new Properties());
    }

    /** {@code overrides}: broker properties, e.g. {@code message.max.bytes}. */
    public BrokerExtension(Properties overrides) {
        this.overrides = overrides;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        workDir = Files.createTempDirectory("claimwatch-" + context.getRequiredTestClass().getSimpleName() + "-");
        broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), overrides);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (broker != null) {
            broker.close();
        }
        if (workDir != null) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Where the test keeps its state directories, settings files and logs; deleted after the class. */
    public Path workDir() {
        return workDir;
    }
}

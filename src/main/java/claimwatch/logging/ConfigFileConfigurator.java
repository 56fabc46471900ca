package claimwatch.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the log settings where claimwatch keeps its other settings: {@code config/logback.xml} in the
 * working directory when present, else the copy bundled in the jar (the same file). Logback's own
 * {@code -Dlogback.configurationFile=...} still wins. Found by logback through {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConfigFileConfigurator extends ContextAwareBase implements Configurator {

    static final Path FILE = Path.of("config", "logback.xml");
    private static final String BUNDLED = "/config/logback.xml";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        URL url;
        try {
            url = Files.isRegularFile(FILE) ? FILE.toUri().toURL() : ConfigFileConfigurator.class.getResource(BUNDLED);
        } catch (MalformedURLException e) {
            addError("cannot name " + FILE.toAbsolutePath(), e);
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        if (url == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        try {
            joran.doConfigure(url);
        } catch (JoranException e) {
            addError("cannot read " + url, e); // logback prints its status, naming the line
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}

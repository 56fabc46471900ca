package claimwatch.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

import java.util.regex.Pattern;

/**
 * Drops one message a library logs at WARN or ERROR for a condition that is expected, identified by its
 * logger, a regular expression over the formatted message and, optionally, the class of the exception it
 * carries; every other message of that logger still shows.
 * Lowering the logger's level instead would hide its real warnings too (a broker that cannot be
 * reached is logged by the same {@code NetworkClient} as a repartition topic not created yet).
 *
 * <pre>
 *   &lt;turboFilter class="claimwatch.logging.DropExpected"&gt;
 *     &lt;logger&gt;org.apache.kafka.controller.QuorumController&lt;/logger&gt;
 *     &lt;matches&gt;The metadata log appears to be empty&lt;/matches&gt;
 *   &lt;/turboFilter&gt;
 * </pre>
 */
public final class DropExpected extends TurboFilter {

    private String logger;
    private Pattern matches;
    private String exception;

    public void setLogger(String logger) {
        this.logger = logger;
    }

    public void setMatches(String regex) {
        this.matches = Pattern.compile(regex);
    }

    /** Optional: the message is dropped only when it carries an exception of this class (its full name). */
    public void setException(String className) {
        this.exception = className;
    }

    @Override
    public void start() {
        if (logger == null || matches == null) {
            addError("DropExpected needs <logger> and <matches>");
            return;
        }
        super.start();
    }

    @Override
    public FilterReply decide(Marker marker, Logger log, Level level, String format, Object[] params, Throwable t) {
        if (!isStarted() || format == null || !log.getName().equals(logger) || !log.isEnabledFor(level)) {
            return FilterReply.NEUTRAL;
        }
        if (exception != null && (t == null || !t.getClass().getName().equals(exception))) {
            return FilterReply.NEUTRAL;
        }
        String message = params == null ? format : MessageFormatter.arrayFormat(format, params).getMessage();
        return matches.matcher(message).find() ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}

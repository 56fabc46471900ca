package claimwatch.watch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response worth reading: {@code notModified} for a 304 (then {@code body} is empty), else a 2xx
 * with its body. {@code uri} is where the redirects ended; {@code validators} are for the next
 * conditional GET.
 */
public record Fetched(URI uri, boolean notModified, String contentType, Validators validators, byte[] body) {

    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    /** The media type without parameters, lower case; empty when the server sent none. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the Content-Type header names, if it names one Java knows. */
    public Optional<Charset> charset() {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    public boolean isHtml() {
        return mediaType().equals("text/html") || mediaType().equals("application/xhtml+xml");
    }
}

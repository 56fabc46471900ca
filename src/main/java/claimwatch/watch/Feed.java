package claimwatch.watch;

import java.net.URI;
import java.time.Duration;

/**
 * One feed to watch: {@code id} names it in logs, status and the published-item memory (so it must
 * stay the same across restarts); {@code source} becomes the articles' {@code source}.
 */
public record Feed(String id, URI url, String source, Duration interval) {

    public Feed {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("feed " + id + ": " + url + " is not an http(s) URL");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("feed " + id + ": interval " + interval + " must be positive");
        }
    }
}

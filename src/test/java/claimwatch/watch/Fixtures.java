package claimwatch.watch;

import claimwatch.config.ClaimwatchConfig;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Settings and fetched responses for the watch tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Short timeouts and no pause between requests, so loopback tests take milliseconds. */
    static WatchSettings fastSettings() {
        return WatchSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.watch.connect.timeout", "PT2S")
                .with("claimwatch.watch.read.timeout", "PT1S")
                .with("claimwatch.watch.max.bytes", String.valueOf(1024 * 1024))
                .with("claimwatch.watch.host.interval", "PT0S"));
    }

    static Fetched fetched(String url, String contentType, String body) {
        return new Fetched(URI.create(url), false, contentType, Validators.NONE, body.getBytes(StandardCharsets.UTF_8));
    }
}

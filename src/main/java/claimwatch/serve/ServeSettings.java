package claimwatch.serve;

import claimwatch.config.ClaimwatchConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code claimwatch.http.*} and {@code claimwatch.webhook.*} settings of
 * {@code config/claimwatch.properties}.
 *
 * @param enabled         whether {@code run} and {@code local} serve the query API and dashboard at all
 * @param host            the address to bind; loopback unless configured, so nothing is exposed by default
 * @param port            the port to bind; 0 picks a free one
 * @param advertisedHost  how the other instances reach this one ({@code application.server}); defaults to
 *                        {@code host}, or this machine's name when {@code host} is a wildcard
 * @param recentAlerts    how many alerts each instance keeps for {@code /api/alerts}
 * @param webhookUrls     where every alert is POSTed; empty: no webhooks
 * @param webhookGroupId  the consumer group whose committed offsets say which alerts were delivered
 * @param webhookBackoff  first wait after a failed delivery; doubled each time up to {@code webhookMaxBackoff}
 * @param webhookTimeout  how long one POST may take
 */
public record ServeSettings(
        boolean enabled,
        String host,
        int port,
        String advertisedHost,
        int recentAlerts,
        List<URI> webhookUrls,
        String webhookGroupId,
        Duration webhookBackoff,
        Duration webhookMaxBackoff,
        Duration webhookTimeout) {

    public static ServeSettings from(ClaimwatchConfig config) {
        String host = config.get("claimwatch.http.host", "127.0.0.1").strip();
        int port = config.getInt("claimwatch.http.port", 8080);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("claimwatch.http.port=" + port + " is not a port");
        }
        String advertised = config.get("claimwatch.http.advertised.host", "").strip();
        if (advertised.isEmpty()) {
            advertised = isWildcard(host) ? localHostName() : host;
        }
        List<URI> urls = Arrays.stream(config.get("claimwatch.webhook.urls", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ServeSettings::webhookUrl)
                .toList();
        return new ServeSettings(
                Boolean.parseBoolean(config.get("claimwatch.http.enabled", "true").strip()),
                host, port, advertised,
                config.getInt("claimwatch.http.recent.alerts", 1000),
                urls,
                config.get("claimwatch.webhook.group.id", config.get("application.id", "claimwatch") + "-webhooks").strip(),
                duration(config, "claimwatch.webhook.backoff", "PT1S"),
                duration(config, "claimwatch.webhook.backoff.max", "PT5M"),
                duration(config, "claimwatch.webhook.timeout", "PT10S"));
    }

    private static URI webhookUrl(String s) {
        URI uri = URI.create(s);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("claimwatch.webhook.urls: " + s + " is not an http(s) URL");
        }
        return uri;
    }

    private static Duration duration(ClaimwatchConfig config, String key, String fallback) {
        return config.getDuration(key, fallback);
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.isEmpty();
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}

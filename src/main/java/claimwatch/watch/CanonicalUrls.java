package claimwatch.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one spelling of an article's URL that is its id: scheme and host lower case, default port and
 * fragment dropped, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) removed,
 * the other parameters kept in their order. The same story reached through two feeds, or with two
 * campaigns' parameters, is then one article.
 */
final class CanonicalUrls {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ocid", "cmpid", "cmp", "ncid", "sr_share", "smid",
            "taid", "at_medium", "at_campaign", "ito", "ref", "ref_src");

    private CanonicalUrls() {
    }

    static URI canonical(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = query(url.getRawQuery());
        try {
            return new URI(scheme + "://" + host + (port < 0 ? "" : ":" + port) + path + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair).toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}

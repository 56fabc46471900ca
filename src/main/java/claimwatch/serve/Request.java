package claimwatch.serve;

import java.net.URI;

/**
 * What a resource needs of an HTTP request.
 *
 * @param uri       the request's path and query
 * @param forwarded true when another instance routed it here: answer from local stores only
 */
record Request(URI uri, boolean forwarded) {

    String pathAndQuery() {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}

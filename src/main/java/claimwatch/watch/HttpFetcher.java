package claimwatch.watch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs a URL politely and defensively, on the JDK's {@link HttpClient}: a clear User-Agent, a
 * connect timeout and a deadline for the whole response, a cap on the body (the download stops
 * there), redirects followed by hand so that they are bounded and loops are named, conditional
 * GET with the validators of the last answer. Any outcome but a 2xx or a 304 is a
 * {@link FetchFailed} with the reason, and Retry-After when the server sent one.
 */
public final class HttpFetcher {

    private final HttpClient client;
    private final WatchSettings settings;

    public HttpFetcher(WatchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What must hold before each request, redirects included: robots.txt, the per-host pause. */
    @FunctionalInterface
    interface BeforeRequest {
        BeforeRequest NOTHING = uri -> { };

        void check(URI uri) throws FetchFailed, InterruptedException;
    }

    public Fetched get(URI url, Validators validators, String accept) throws FetchFailed, InterruptedException {
        return get(url, validators, accept, BeforeRequest.NOTHING);
    }

    Fetched get(URI url, Validators validators, String accept, BeforeRequest before) throws FetchFailed, InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hops = 0; ; hops++) {
            if (!visited.add(current)) {
                throw new FetchFailed("redirect loop at " + current);
            }
            before.check(current);
            HttpResponse<byte[]> response = send(current, validators, accept);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchFailed("HTTP " + status + " without a Location"));
                if (hops >= settings.maxRedirects()) {
                    throw new FetchFailed("more than " + settings.maxRedirects() + " redirects from " + url);
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchFailed("HTTP " + status + " to a malformed Location " + location);
                }
                if (!"http".equals(current.getScheme()) && !"https".equals(current.getScheme())) {
                    throw new FetchFailed("redirect to " + current + ", not http(s)");
                }
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            Validators next = new Validators(response.headers().firstValue("ETag").orElse(validators.etag()),
                    response.headers().firstValue("Last-Modified").orElse(validators.lastModified()));
            if (status == 304) {
                return new Fetched(current, true, contentType, next, new byte[0]);
            }
            if (status >= 200 && status < 300) {
                return new Fetched(current, false, contentType, next, response.body());
            }
            Duration retryAfter = response.headers().firstValue("Retry-After").map(HttpFetcher::retryAfter).orElse(null);
            throw new FetchFailed("HTTP " + status + (current.equals(url) ? "" : " at " + current), retryAfter, status);
        }
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators, String accept) throws FetchFailed, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request.build(), info -> new CappedBody(settings.maxBytes(), info));
        try {
            // the request timeout covers the headers only; this deadline covers a body that trickles
            return response.get(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FetchFailed("no complete answer in " + settings.readTimeout().toSeconds() + " s from " + uri);
        } catch (ExecutionException e) {
            throw new FetchFailed(reason(e.getCause(), uri));
        }
    }

    private String reason(Throwable e, URI uri) {
        if (e instanceof TooLarge) {
            return "response over the limit of " + settings.maxBytes() + " bytes from " + uri;
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection in " + settings.connectTimeout().toSeconds() + " s to " + uri.getHost();
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in " + settings.readTimeout().toSeconds() + " s from " + uri;
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused by " + uri.getHost() + ":" + uri.getPort();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message + " (" + uri + ")";
    }

    /** {@code Retry-After}: seconds, or an HTTP date. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Collects a body up to a cap; past it, cancels the download (closing the connection) and fails. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int cap;
        private Flow.Subscription subscription;

        CappedBody(int cap, HttpResponse.ResponseInfo info) {
            this.cap = cap;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > cap) {
                result.completeExceptionally(new TooLarge());
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable e) {
            result.completeExceptionally(e);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}

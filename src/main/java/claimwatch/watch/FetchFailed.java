package claimwatch.watch;

import java.time.Duration;
import java.util.Optional;

/** A fetch that gave nothing usable, with the reason in words and the server's Retry-After, if it sent one. */
public final class FetchFailed extends Exception {

    private final transient Duration retryAfter;
    private final int status;

    public FetchFailed(String reason) {
        this(reason, null, 0);
    }

    public FetchFailed(String reason, Duration retryAfter, int status) {
        super(reason, null, false, false);
        this.retryAfter = retryAfter;
        this.status = status;
    }

    /** The HTTP status of the answer, 0 when there was none (timeout, refused, too large, ...). */
    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

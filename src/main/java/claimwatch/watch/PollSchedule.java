package claimwatch.watch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a feed is polled next: its interval, stretched or shrunk at random by up to {@code jitter}
 * (so feeds started together drift apart); after failures in a row the interval doubled per failure
 * up to {@code backoffMax}; never before a server's Retry-After.
 */
final class PollSchedule {

    private final double jitter;
    private final Duration backoffMax;
    private final DoubleSupplier random;

    PollSchedule(double jitter, Duration backoffMax) {
        this(jitter, backoffMax, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random}: uniform in [0, 1). */
    PollSchedule(double jitter, Duration backoffMax, DoubleSupplier random) {
        this.jitter = jitter;
        this.backoffMax = backoffMax;
        this.random = random;
    }

    Duration next(Duration interval, int failuresInRow, Duration retryAfter) {
        Duration wait = interval;
        for (int i = 0; i < failuresInRow && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (failuresInRow > 0 && wait.compareTo(backoffMax) > 0) {
            wait = backoffMax.compareTo(interval) > 0 ? backoffMax : interval;
        }
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        wait = Duration.ofMillis(Math.max(1, Math.round(wait.toMillis() * factor)));
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }
}

package claimwatch.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps requests to one host at least an interval apart, however many feeds and pages share it:
 * each request reserves the next free slot of its host and waits for it.
 */
final class HostPacer {

    private final Map<String, Long> nextFree = new HashMap<>();
    private final LongSupplier nanoClock;

    HostPacer() {
        this(System::nanoTime);
    }

    HostPacer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Reserves the next slot for {@code host}; returns how long to wait for it. */
    synchronized Duration reserve(String host, Duration interval) {
        long now = nanoClock.getAsLong();
        long slot = Math.max(now, nextFree.getOrDefault(host, now));
        nextFree.put(host, slot + interval.toNanos());
        return Duration.ofNanos(slot - now);
    }

    /** Waits for the next slot of {@code host}. */
    void await(String host, Duration interval) throws InterruptedException {
        Duration wait = reserve(host, interval);
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        }
    }
}

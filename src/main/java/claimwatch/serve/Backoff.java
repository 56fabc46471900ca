package claimwatch.serve;

import java.time.Duration;

/** Waits between failed webhook deliveries: {@code first}, doubled after each failure, never above {@code max}. */
record Backoff(Duration first, Duration max) {

    /** The wait after the {@code failures}-th failure in a row (1, 2, ...). */
    Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

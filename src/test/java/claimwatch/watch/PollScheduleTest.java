package claimwatch.watch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollScheduleTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    /** random = 0.5: no jitter at all. */
    private final PollSchedule noJitter = new PollSchedule(0.1, Duration.ofHours(1), () -> 0.5);

    @Test
    void pollsAHealthyFeedOnItsInterval() {
        assertEquals(TEN_MINUTES, noJitter.next(TEN_MINUTES, 0, null));
    }

    @Test
    void doublesTheWaitWithEachFailureInARowUpToTheMaximum() {
        assertEquals(Duration.ofMinutes(20), noJitter.next(TEN_MINUTES, 1, null));
        assertEquals(Duration.ofMinutes(40), noJitter.next(TEN_MINUTES, 2, null));
        assertEquals(Duration.ofHours(1), noJitter.next(TEN_MINUTES, 3, null));
        assertEquals(Duration.ofHours(1), noJitter.next(TEN_MINUTES, 30, null));
    }

    @Test
    void waitsAtLeastWhatRetryAfterAsks() {
        assertEquals(Duration.ofHours(2), noJitter.next(TEN_MINUTES, 1, Duration.ofHours(2)));
        assertEquals(Duration.ofMinutes(20), noJitter.next(TEN_MINUTES, 1, Duration.ofSeconds(5)));
    }

    @Test
    void jitterStaysWithinItsShareOfTheInterval() {
        PollSchedule lowest = new PollSchedule(0.1, Duration.ofHours(1), () -> 0.0);
        PollSchedule highest = new PollSchedule(0.1, Duration.ofHours(1), () -> 0.999_999);
        assertEquals(Duration.ofMinutes(9), lowest.next(TEN_MINUTES, 0, null));
        Duration high = highest.next(TEN_MINUTES, 0, null);
        assertTrue(high.compareTo(Duration.ofMinutes(11)) <= 0 && high.compareTo(Duration.ofMinutes(10)) > 0, high.toString());
    }
}

package claimwatch.watch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostPacerTest {

    private long now = 0;
    private final HostPacer pacer = new HostPacer(() -> now);

    @Test
    void spacesRequestsToOneHostByTheInterval() {
        Duration second = Duration.ofSeconds(1);
        assertEquals(Duration.ZERO, pacer.reserve("a.test:80", second));
        assertEquals(second, pacer.reserve("a.test:80", second));
        assertEquals(Duration.ofSeconds(2), pacer.reserve("a.test:80", second));
    }

    @Test
    void letsOtherHostsGoAtOnce() {
        Duration second = Duration.ofSeconds(1);
        pacer.reserve("a.test:80", second);
        assertEquals(Duration.ZERO, pacer.reserve("b.test:80", second));
    }

    @Test
    void needsNoWaitOnceTheIntervalHasPassed() {
        Duration second = Duration.ofSeconds(1);
        pacer.reserve("a.test:80", second);
        now += Duration.ofMillis(1500).toNanos();
        assertEquals(Duration.ZERO, pacer.reserve("a.test:80", second));
    }
}

package claimwatch.serve;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void doublesAfterEachFailureInARow() {
        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(2), backoff.after(2));
        assertEquals(Duration.ofSeconds(16), backoff.after(5));
    }

    @Test
    void neverWaitsLongerThanTheMaximumHoweverLongTheOutage() {
        assertEquals(Duration.ofSeconds(30), backoff.after(6));
        assertEquals(Duration.ofSeconds(30), backoff.after(1_000_000));
    }
}

package claimwatch.track;

import java.time.Duration;
import java.time.Instant;

/**
 * An event-time window series: tumbling windows of {@code size}, aligned to the epoch in UTC (daily
 * windows start at midnight UTC; weekly ones on Thursdays, as 1970-01-01 was), accepting late
 * articles for {@code grace} after they end. The running view keeps windows for {@code retention}.
 */
public record WindowSpec(String name, Duration size, Duration grace, Duration retention) {

    public Instant startOf(Instant eventTime) {
        long ts = eventTime.toEpochMilli();
        return Instant.ofEpochMilli(ts - Math.floorMod(ts, size.toMillis()));
    }

    public Instant endOf(Instant eventTime) {
        return startOf(eventTime).plus(size);
    }
}

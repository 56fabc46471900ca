package claimwatch.watch;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedMetersTest {

    private static FeedStatus feed(String id, long polls, long failures, long published) {
        return new FeedStatus(id, "https://example.org/" + id + ".xml", "ok", Instant.EPOCH, null, 0, 3, published,
                Instant.EPOCH, polls, failures);
    }

    @Test
    void eachFeedsCountersFollowItsStatusWhenRead() {
        List<FeedStatus> status = new ArrayList<>(List.of(feed("wire", 0, 0, 0), feed("ministry", 0, 0, 0)));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        FeedMeters.bind(registry, () -> List.copyOf(status));

        status.set(0, feed("wire", 7, 2, 11));
        status.set(1, feed("ministry", 3, 3, 0));

        assertEquals(7, registry.get("claimwatch.feed.polls").tag("feed", "wire").functionCounter().count());
        assertEquals(2, registry.get("claimwatch.feed.failures").tag("feed", "wire").functionCounter().count());
        assertEquals(11, registry.get("claimwatch.feed.items.published").tag("feed", "wire").functionCounter().count());
        assertEquals(3, registry.get("claimwatch.feed.failures").tag("feed", "ministry").functionCounter().count());
    }
}

package claimwatch.serve;

import claimwatch.watch.FeedStatus;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code /api/feeds}: the health of the feeds this instance watches ({@code local --feed}); none when it watches none. */
final class FeedsResource {

    static final FeedsResource NONE = new FeedsResource(List::of);

    private final Supplier<List<FeedStatus>> status;

    FeedsResource(Supplier<List<FeedStatus>> status) {
        this.status = status;
    }

    Object feeds(Request request) {
        QueryParams.of(request.uri(), Set.of());
        return Map.of("feeds", status.get());
    }
}

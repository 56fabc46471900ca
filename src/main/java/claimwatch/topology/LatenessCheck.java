package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.track.LateArticle;
import claimwatch.track.WindowSpec;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Instant;

/**
 * Sets aside a sighting whose window has closed, before the windowed aggregation would drop it
 * without a word. Mirrors Kafka Streams' own rule exactly: stream time is the highest event time
 * seen by this node (the aggregation downstream sees the same records, so the same time), and a
 * window is closed once {@code windowEnd <= streamTime - grace}. A restarted task starts from the
 * stream time its windows had ({@link WindowProgress}), so it sets aside what they would no longer take.
 */
final class LatenessCheck implements FixedKeyProcessor<String, ClaimSighting, LatenessCheck.Checked> {

    /** A sighting on time ({@code late == null}), or the record of it being set aside. */
    record Checked(ClaimSighting sighting, LateArticle late) {
    }

    private final WindowSpec window;
    private final PipelineMetrics metrics;
    private final String progressStore;
    private FixedKeyProcessorContext<String, Checked> context;
    private long streamTime;

    LatenessCheck(WindowSpec window, PipelineMetrics metrics, String progressStore) {
        this.window = window;
        this.metrics = metrics;
        this.progressStore = progressStore;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Checked> context) {
        this.context = context;
        this.streamTime = WindowProgress.of(context.getStateStore(progressStore)).streamTime();
    }

    @Override
    public void process(FixedKeyRecord<String, ClaimSighting> record) {
        long eventTime = record.timestamp();
        streamTime = Math.max(streamTime, eventTime);
        Instant at = Instant.ofEpochMilli(eventTime);
        Instant windowEnd = window.endOf(at);
        long closeTime = streamTime - window.grace().toMillis();
        if (windowEnd.toEpochMilli() > closeTime) {
            context.forward(record.withValue(new Checked(record.value(), null)));
            return;
        }
        metrics.lateArticle(window.name());
        ClaimSighting s = record.value();
        String reason = String.format("the %s window %s–%s closed at %s (grace %s); stream time was already %s",
                window.name(), window.startOf(at), windowEnd, windowEnd.plus(window.grace()), window.grace(),
                Instant.ofEpochMilli(streamTime));
        context.forward(record.withValue(new Checked(null, LateArticle.pastWindow(s, record.key(), window.name(),
                window.startOf(at), windowEnd, Instant.ofEpochMilli(streamTime), reason))));
    }
}

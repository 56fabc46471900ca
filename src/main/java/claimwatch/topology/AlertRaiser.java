package claimwatch.topology;

import claimwatch.alert.Alert;
import claimwatch.alert.AlertRules;
import claimwatch.alert.SeriesMemory;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs {@link AlertRules} over each closed window of a series, keeping what they remember in the
 * {@code alert-state} store (keyed by tracker). Each alert carries the publication time of the
 * figure that raised it as its timestamp.
 */
final class AlertRaiser implements FixedKeyProcessor<String, WindowEstimate, Alert> {

    private final AlertRules rules;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Alert> context;
    private KeyValueStore<String, SeriesMemory> memories;

    AlertRaiser(AlertRules rules, PipelineMetrics metrics) {
        this.rules = rules;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Alert> context) {
        this.context = context;
        this.memories = context.getStateStore(StoreNames.ALERT_STATE);
    }

    @Override
    public void process(FixedKeyRecord<String, WindowEstimate> record) {
        SeriesMemory memory = memories.get(record.key());
        AlertRules.Outcome outcome = rules.apply(memory == null ? SeriesMemory.empty() : memory, record.value());
        if (!outcome.memory().equals(memory)) {
            memories.put(record.key(), outcome.memory());
        }
        for (Alert alert : outcome.alerts()) {
            metrics.alert(alert.kind());
            long at = alert.at() == null ? record.timestamp() : Math.max(alert.at().toEpochMilli(), 0);
            context.forward(record.withValue(alert).withTimestamp(at));
        }
    }
}

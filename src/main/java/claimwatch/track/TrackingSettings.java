package claimwatch.track;

import claimwatch.config.ClaimwatchConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dedup, tracking and alert settings of {@code config/claimwatch.properties} (see the section
 * "dedup, tracking, alerts" there and docs/tracking.md).
 *
 * @param dedupRetention         how long article ids, content hashes and claim sightings are remembered
 * @param dedupSegmentInterval   how much event time one segment (one RocksDB instance) of the dedup stores spans:
 *                               {@code claimwatch.dedup.segment.interval}, two retentions if unset
 * @param firstSeenRetention     how long a claim's first-seen time is remembered, to tell a recalled figure from a new one
 * @param distinctClaimsRetention how long a distinct claim no article has stated again stays in the
 *                               {@code distinct-claims} table (and topic, as a tombstone after)
 * @param nearDuplicateSimilarity least estimated share of word shingles two texts have in common to be one wire story
 * @param windows                the window series, daily and weekly by default
 * @param alertWindow            the window series whose closed windows raise alerts
 * @param changeShare            smallest change of a party's figure between its windows that raises an alert (0.25 = 25 %)
 * @param divergenceRatio        the ratio between two parties' latest figures beyond which they diverge
 * @param undated                what happens to an article with no publication time
 * @param trackersFile           the tracked series' file, or null for the default
 * @param strayShare             a total under this share of the highest total in force is a stray, left out of
 *                               the estimate (see {@link InForce})
 * @param windowLimits           how many figures and outlets a window's estimate keeps at the most
 */
public record TrackingSettings(
        Duration dedupRetention,
        Duration dedupSegmentInterval,
        Duration firstSeenRetention,
        Duration distinctClaimsRetention,
        double nearDuplicateSimilarity,
        List<WindowSpec> windows,
        String alertWindow,
        double changeShare,
        double divergenceRatio,
        Undated undated,
        Path trackersFile,
        double strayShare,
        WindowLimits windowLimits) {

    /** An article without a publication time. */
    public enum Undated {
        /** Live feeds: the Kafka record's timestamp (the producer's clock at sending) stands in. */
        RECORD_TIME,
        /** Replays: it goes to {@code late-articles} with the reason, and never into a window. */
        LATE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Kafka's own floor for a window store's segment. */
    private static final Duration MIN_SEGMENT_INTERVAL = Duration.ofMinutes(1);

    public static TrackingSettings from(ClaimwatchConfig config) {
        List<WindowSpec> windows = new ArrayList<>();
        for (String name : config.get("claimwatch.windows", "daily,weekly").split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Duration size = duration(config, "claimwatch.window." + n + ".size", n.equals("weekly") ? "P7D" : "P1D");
            Duration grace = duration(config, "claimwatch.window." + n + ".grace", "P1D");
            Duration retention = duration(config, "claimwatch.window." + n + ".retention", "P400D");
            if (retention.compareTo(size.plus(grace)) < 0) {
                retention = size.plus(grace);
            }
            windows.add(new WindowSpec(n, size, grace, retention));
        }
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("claimwatch.windows names no window");
        }
        String alertWindow = config.get("claimwatch.alert.window", windows.get(0).name()).strip();
        if (windows.stream().noneMatch(w -> w.name().equals(alertWindow))) {
            throw new IllegalArgumentException("claimwatch.alert.window=" + alertWindow + " is not in claimwatch.windows");
        }
        String undated = config.get("claimwatch.undated.articles", "record-time").strip();
        String trackersFile = config.get("claimwatch.trackers.file", null);
        Duration dedupRetention = duration(config, "claimwatch.dedup.retention", "P30D");
        return new TrackingSettings(
                dedupRetention,
                dedupSegmentInterval(config, dedupRetention),
                duration(config, "claimwatch.dedup.first.seen.retention", "P400D"),
                duration(config, "claimwatch.distinct.claims.retention", "P400D"),
                number(config, "claimwatch.dedup.near.duplicate.min.similarity", "0.5"),
                List.copyOf(windows),
                alertWindow,
                number(config, "claimwatch.alert.change.min.share", "0.25"),
                number(config, "claimwatch.alert.divergence.min.ratio", "2.0"),
                switch (undated) {
                    case "record-time" -> Undated.RECORD_TIME;
                    case "late" -> Undated.LATE;
                    default -> throw new IllegalArgumentException(
                            "claimwatch.undated.articles=" + undated + " is neither record-time nor late");
                },
                trackersFile == null || trackersFile.isBlank() ? null : Path.of(trackersFile.strip()),
                number(config, "claimwatch.track.stray.max.share", "0.02"),
                new WindowLimits(config.getInt("claimwatch.window.max.figures", WindowLimits.DEFAULT_MAX_FIGURES),
                        config.getInt("claimwatch.window.max.outlets", WindowLimits.DEFAULT_MAX_OUTLETS)));
    }

    public WindowSpec window(String name) {
        return windows.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no window " + name));
    }

    /**
     * {@code claimwatch.dedup.segment.interval}, or two retentions (at least a minute, Kafka's floor) if unset:
     * a segment is a RocksDB instance, opened and deleted as event time moves on (docs/tracking.md).
     */
    private static Duration dedupSegmentInterval(ClaimwatchConfig config, Duration retention) {
        String key = "claimwatch.dedup.segment.interval";
        String value = config.get(key, "");
        Duration interval = value.isBlank() ? retention.multipliedBy(2) : duration(config, key, value);
        if (value.isBlank() && interval.compareTo(MIN_SEGMENT_INTERVAL) < 0) {
            return MIN_SEGMENT_INTERVAL;
        }
        if (interval.compareTo(MIN_SEGMENT_INTERVAL) < 0) {
            throw new IllegalArgumentException(key + "=" + value + " is shorter than a minute");
        }
        return interval;
    }

    private static Duration duration(ClaimwatchConfig config, String key, String fallback) {
        return config.getDuration(key, fallback);
    }

    private static double number(ClaimwatchConfig config, String key, String fallback) {
        String value = config.get(key, fallback).strip();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a number", e);
        }
    }
}

package claimwatch.track;

import claimwatch.dedup.ClaimSighting;
import claimwatch.extract.Claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Window statistics of a tracked series, pure Java: folds sightings into a {@link WindowEstimate}
 * (its figures are the state; every statistic is recomputed from them, so the result does not
 * depend on the order sightings arrive in). See {@link WindowEstimate} for how best is chosen.
 */
public final class Estimates {

    /** Publication order; ties broken by article and claim so that equal input gives equal output. */
    public static final Comparator<Figure> PUBLICATION_ORDER = Comparator
            .comparing(Figure::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Figure::articleId)
            .thenComparing(Figure::claimKey);

    private Estimates() {
    }

    /** The aggregate's starting point: nothing seen yet. */
    public static WindowEstimate empty() {
        return new WindowEstimate(null, null, null, null, null, 0, 0, 0, null, null, null, null,
                new TreeMap<>(), null, null, null, List.of(), List.of());
    }

    public static WindowEstimate add(WindowEstimate current, Tracker tracker, WindowSpec window, ClaimSighting s) {
        TreeSet<String> outlets = new TreeSet<>(current.outlets());
        if (s.source() != null) {
            outlets.add(s.source());
        }
        List<Figure> figures = new ArrayList<>(current.figures());
        Claim c = s.claim();
        if (s.independent() && c.value() != null) {
            Figure report = new Figure(s.claimKey(), c.value(), c.high(), c.qualifier(), s.party(), c.attributedTo(),
                    s.source(), s.articleId(), s.publishedAt(), 1, s.claimFirstSeen());
            Figure same = figures.stream().filter(f -> f.claimKey().equals(s.claimKey())).findFirst().orElse(null);
            if (same != null) {
                figures.remove(same);
                Figure later = PUBLICATION_ORDER.compare(report, same) > 0 ? report : same;
                report = new Figure(later.claimKey(), later.value(), later.high(), later.qualifier(), later.party(),
                        later.attributedTo(), later.source(), later.articleId(), later.publishedAt(), same.reports() + 1,
                        earliest(report.claimFirstSeen(), same.claimFirstSeen()));
            }
            figures.add(report);
            figures.sort(PUBLICATION_ORDER);
        }
        Instant start = s.publishedAt() == null ? current.windowStart() : window.startOf(s.publishedAt());
        return of(tracker, window, start, current.mentions() + 1, List.copyOf(outlets), figures);
    }

    static WindowEstimate of(Tracker tracker, WindowSpec window, Instant start, long mentions, List<String> outlets,
                             List<Figure> figures) {
        Comparator<Figure> currency = currency(start);
        SortedMap<String, Figure> byParty = new TreeMap<>();
        figures.forEach(f -> byParty.merge(f.party(), f, (a, b) -> currency.compare(a, b) >= 0 ? a : b));
        List<Long> values = figures.stream().map(Figure::value).sorted().toList();
        // Parties' figures first claimed in the window; only when there is none, the restated ones.
        List<Figure> voices = byParty.values().stream().filter(f -> !isRestated(f, start)).toList();
        if (voices.isEmpty()) {
            voices = List.copyOf(byParty.values());
        }
        List<Long> partyCentres = voices.stream().map(Estimates::centre).sorted().toList();
        return new WindowEstimate(
                tracker.name(), tracker.title(), window.name(),
                start, start == null ? null : start.plus(window.size()),
                figures.size(),
                mentions,
                outlets.size(),
                values.isEmpty() ? null : values.get(0),
                figures.stream().map(Figure::top).max(Long::compare).orElse(null),
                lowerMedian(values),
                figures.stream().max(currency).orElse(null),
                byParty,
                voices.stream().map(Figure::value).min(Long::compare).orElse(null),
                lowerMedian(partyCentres),
                voices.stream().map(Figure::top).max(Long::compare).orElse(null),
                outlets,
                List.copyOf(figures));
    }

    /**
     * Which figure is a party's current one: a figure first claimed in this window beats an older one
     * restated ("up from 3,000 last week"); then the later published; then, in one article, the more
     * recently first claimed; then article and claim, so that ties are broken on content.
     */
    static Comparator<Figure> currency(Instant windowStart) {
        return Comparator.comparing((Figure f) -> !isRestated(f, windowStart))
                .thenComparing(Figure::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Figure::claimFirstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Figure::articleId)
                .thenComparing(Figure::claimKey);
    }

    /** True when the figure's claim was made before the window: an older figure restated. */
    public static boolean isRestated(Figure f, Instant windowStart) {
        return f.claimFirstSeen() != null && windowStart != null && f.claimFirstSeen().isBefore(windowStart);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** A range counts at its midpoint; a single figure as it is. */
    static long centre(Figure f) {
        return f.high() == null ? f.value() : f.value() + (f.high() - f.value()) / 2;
    }

    /** The median of sorted values, the lower middle one for an even count: always a figure someone stated. */
    static Long lowerMedian(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    /** The figure with the highest top, the earliest published among equals. */
    public static Figure highest(WindowEstimate estimate) {
        Figure best = null;
        for (Figure f : estimate.figures()) {
            if (best == null || f.top() > best.top()) {
                best = f;
            }
        }
        return best;
    }
}

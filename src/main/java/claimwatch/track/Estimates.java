package claimwatch.track;

import claimwatch.dedup.ClaimSighting;
import claimwatch.extract.Claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Window statistics of a tracked series, pure Java: folds sightings into a {@link WindowEstimate}
 * (its figures and the totals carried into it are the state; every statistic is recomputed from
 * them, so the result does not depend on the order the window's sightings arrive in, as long as the
 * window stays within its {@link WindowLimits}). Each party's figure in force is {@link InForce}'s; see
 * {@link WindowEstimate} for how best is chosen.
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
                new TreeMap<>(), null, null, null, List.of(), List.of(), new TreeMap<>(), List.of(), List.of(),
                new TreeMap<>(), 0, 0);
    }

    /**
     * The window with one more sighting, or (a {@link SeriesSighting} without one) with the totals
     * carried into it brought up to date. The carried totals are the latest the series knew: they
     * replace the window's.
     */
    public static WindowEstimate add(WindowEstimate current, Tracker tracker, WindowSpec window, SeriesSighting next,
                                     InForce inForce, WindowLimits limits) {
        ClaimSighting s = next.sighting();
        SortedMap<String, Long> byOutlet = mentionsByOutlet(current);
        if (s == null) {
            return of(tracker, window, next.windowStart(), current.mentions(), byOutlet, current.outletsDropped(),
                    current.figures(), current.figuresDropped(), next.carried(), inForce);
        }
        int outletsDropped = current.outletsDropped();
        if (s.source() != null) {
            byOutlet = new TreeMap<>(byOutlet);
            if (byOutlet.containsKey(s.source()) || byOutlet.size() < limits.maxOutlets()) {
                byOutlet.merge(s.source(), 1L, Long::sum);
            } else {
                // Space-Saving (Metwally et al.): the newcomer takes the place and the count of the outlet with
                // the fewest mentions, so an outlet with more than mentions / maxOutlets of them is always kept
                String fewest = fewestMentions(byOutlet);
                byOutlet.put(s.source(), byOutlet.remove(fewest) + 1);
                outletsDropped++;
            }
        }
        List<Figure> figures = new ArrayList<>(current.figures());
        long figuresDropped = current.figuresDropped();
        Figure report = figureOf(s);
        if (report != null) {
            Figure same = figures.stream().filter(f -> f.claimKey().equals(s.claimKey())).findFirst().orElse(null);
            if (same != null) {
                figures.remove(same);
                Figure later = PUBLICATION_ORDER.compare(report, same) > 0 ? report : same;
                report = new Figure(later.claimKey(), later.value(), later.high(), later.qualifier(), later.party(),
                        later.attributedTo(), later.source(), later.articleId(), later.publishedAt(), same.reports() + 1,
                        earliest(report.claimFirstSeen(), same.claimFirstSeen()), later.kind(), later.sentence(), false);
            }
            figures.add(report);
            figures.sort(PUBLICATION_ORDER);
            if (figures.size() > limits.maxFigures()) {
                List<Figure> kept = mostSignificant(figures, limits.maxFigures(), next.carried(), next.windowStart(), inForce);
                figuresDropped += figures.size() - kept.size();
                figures = kept;
            }
        }
        return of(tracker, window, next.windowStart(), current.mentions() + 1, byOutlet, outletsDropped, figures,
                figuresDropped, next.carried(), inForce);
    }

    /** The window's mentions by outlet; a window stored before outlets were counted has one mention each. */
    private static SortedMap<String, Long> mentionsByOutlet(WindowEstimate current) {
        if (current.outletMentions() != null) {
            return current.outletMentions();
        }
        SortedMap<String, Long> byOutlet = new TreeMap<>();
        current.outlets().forEach(o -> byOutlet.put(o, 1L));
        return byOutlet;
    }

    /** The outlet to let go: the fewest mentions, the last by name among equals. */
    private static String fewestMentions(SortedMap<String, Long> byOutlet) {
        String fewest = null;
        for (var e : byOutlet.entrySet()) {
            if (fewest == null || e.getValue() <= byOutlet.get(fewest)) {
                fewest = e.getKey();
            }
        }
        return fewest;
    }

    /**
     * The {@code max} figures a full window keeps, in publication order: the window's own figures in force
     * (what low / best / high stand on; the latest of them, should there be more parties than {@code max}),
     * then the most recently published others.
     */
    static List<Figure> mostSignificant(List<Figure> figures, int max, SortedMap<String, Figure> carried, Instant start,
                                        InForce inForce) {
        List<Figure> inForceNow = inForce.of(carried, figures, start).byParty().values().stream()
                .filter(f -> !f.carried()).toList();
        List<Figure> byRecency = new ArrayList<>(figures);
        byRecency.sort(PUBLICATION_ORDER.reversed());
        List<Figure> kept = new ArrayList<>();
        byRecency.stream().filter(inForceNow::contains).limit(max).forEach(kept::add);
        byRecency.stream().filter(f -> !inForceNow.contains(f)).limit(max - kept.size()).forEach(kept::add);
        kept.sort(PUBLICATION_ORDER);
        return kept;
    }

    /** The sighting's figure, or null when it adds none: a copy of a wire story, or a vague amount. */
    public static Figure figureOf(ClaimSighting s) {
        Claim c = s.claim();
        if (!s.independent() || c.value() == null) {
            return null;
        }
        return new Figure(s.claimKey(), c.value(), c.high(), c.qualifier(), s.party(), c.attributedTo(),
                s.source(), s.articleId(), s.publishedAt(), 1, s.claimFirstSeen(), c.kind(),
                c.evidence() == null ? null : c.evidence().sentence(), false);
    }

    static WindowEstimate of(Tracker tracker, WindowSpec window, Instant start, long mentions,
                             SortedMap<String, Long> byOutlet, int outletsDropped, List<Figure> figures, long figuresDropped,
                             SortedMap<String, Figure> carried, InForce inForce) {
        InForce.Result inForceNow = inForce.of(carried, figures, start);
        SortedMap<String, Figure> byParty = inForceNow.byParty();
        List<Figure> totals = figures.stream()
                .filter(f -> f.isTotal() && !inForceNow.strays().contains(f)).toList();
        List<Figure> notTotals = figures.stream().filter(f -> !f.isTotal()).toList();
        List<Long> values = totals.stream().map(Figure::value).sorted().toList();
        List<Long> partyCentres = byParty.values().stream().map(Estimates::centre).sorted().toList();
        return new WindowEstimate(
                tracker.name(), tracker.title(), window.name(),
                start, start == null ? null : start.plus(window.size()),
                figures.size() + figuresDropped,
                mentions,
                byOutlet.size() + outletsDropped,
                values.isEmpty() ? null : values.get(0),
                totals.stream().map(Figure::top).max(Long::compare).orElse(null),
                lowerMedian(values),
                totals.stream().max(currency(start)).orElse(null),
                byParty,
                byParty.values().stream().map(Figure::value).min(Long::compare).orElse(null),
                lowerMedian(partyCentres),
                byParty.values().stream().map(Figure::top).max(Long::compare).orElse(null),
                List.copyOf(byOutlet.keySet()),
                List.copyOf(figures),
                new TreeMap<>(carried),
                notTotals,
                inForceNow.strays(),
                new TreeMap<>(byOutlet),
                outletsDropped,
                figuresDropped);
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

    /** The highest of the totals stated in the window and in force (carried ones aside), the earliest published among equals. */
    public static Figure highest(WindowEstimate estimate) {
        Figure best = null;
        for (Figure f : estimate.byParty().values()) {
            if (!f.carried() && (best == null || f.top() > best.top()
                    || f.top() == best.top() && PUBLICATION_ORDER.compare(f, best) < 0)) {
                best = f;
            }
        }
        return best;
    }
}

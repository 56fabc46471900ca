package claimwatch.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each party's figure in force in a window, pure Java: what low / best / high and the alerts read.
 *
 * <ul>
 *   <li>Only totals count: an increment ("another 1,000"), a plan or a recalled figure ("up from
 *       3,000") is never a party's figure.</li>
 *   <li>A named party's total stays in force until the party states a new one: it is carried into
 *       later windows (marked {@link Figure#carried()}, with its own {@code publishedAt}).
 *       {@code UNATTRIBUTED} and {@code OTHER} are not carried: they lump many voices together, so
 *       last month's unattributed figure is not anyone's figure today.</li>
 *   <li>A total first claimed in the window replaces the carried one. A total only restated (first
 *       claimed before the window) replaces it only when it was first claimed no earlier (the party
 *       restating its figure in force): an older figure repeated as background never does.</li>
 *   <li>A <em>stray</em> is a total far below the others in force: its top is under
 *       {@code strayShare} of the highest total in force or stated in the window (a unit of 8
 *       officers read beside an army of 10,000; a zero is a denial, not a stray). It stays in the window's figures and
 *       {@code strays} and changes nobody's figure. Carried figures are never strays: they were
 *       judged when stated.</li>
 * </ul>
 */
public final class InForce {

    /** Each party's figure in force, and the window's totals set aside as strays. */
    public record Result(SortedMap<String, Figure> byParty, List<Figure> strays) {
    }

    private final double strayShare;

    public InForce(double strayShare) {
        this.strayShare = strayShare;
    }

    /**
     * @param carried     the named parties' totals in force when the window opens
     * @param figures     the window's figures, one per claim, any kind
     * @param windowStart the window's start
     */
    public Result of(SortedMap<String, Figure> carried, List<Figure> figures, Instant windowStart) {
        List<Figure> totals = figures.stream().filter(Figure::isTotal).toList();
        long reference = 0;
        for (Figure f : carried.values()) {
            reference = Math.max(reference, f.top());
        }
        for (Figure f : totals) {
            reference = Math.max(reference, f.top());
        }
        List<Figure> strays = new ArrayList<>();
        Comparator<Figure> currency = Estimates.currency(windowStart);
        SortedMap<String, Figure> own = new TreeMap<>();
        for (Figure f : totals) {
            if (isStray(f, reference)) {
                strays.add(f);
            } else {
                own.merge(f.party(), f, (a, b) -> currency.compare(a, b) >= 0 ? a : b);
            }
        }
        SortedMap<String, Figure> byParty = new TreeMap<>();
        carried.forEach((party, f) -> byParty.put(party, f.asCarried()));
        own.forEach((party, f) -> {
            Figure held = byParty.get(party);
            if (held == null || !Estimates.isRestated(f, windowStart) || isNoOlderThan(f, held)) {
                byParty.put(party, f);
            }
        });
        return new Result(byParty, List.copyOf(strays));
    }

    /** True when {@code f} was first claimed no earlier than {@code held}: the same claim restated, or a later one. */
    private static boolean isNoOlderThan(Figure f, Figure held) {
        return f.claimFirstSeen() != null && held.claimFirstSeen() != null
                && !f.claimFirstSeen().isBefore(held.claimFirstSeen());
    }

    /** A zero is a denial ("there are no North Korean troops"), a statement, never a stray. */
    private boolean isStray(Figure f, long reference) {
        return f.top() > 0 && f.top() < strayShare * reference;
    }

    /** What a window hands on to the next: its named parties' figures in force, marked carried. */
    public static SortedMap<String, Figure> carriedOn(SortedMap<String, Figure> byParty) {
        SortedMap<String, Figure> next = new TreeMap<>();
        byParty.forEach((party, f) -> {
            if (Parties.isNamed(party)) {
                next.put(party, f.asCarried());
            }
        });
        return next;
    }
}

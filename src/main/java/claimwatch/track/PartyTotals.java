package claimwatch.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a series remembers of its parties' totals across windows, pure Java (the
 * {@code totals-in-force-<window>} store, keyed by tracker): the named parties' totals in force before
 * its open windows ({@code settled}), and the totals each open window has seen. The totals carried
 * into a window are worked out by {@link InForce} window by window from the settled ones, so an
 * article arriving late for an earlier open window changes what the later windows carry.
 *
 * @param settled        the named parties' totals in force once every settled (closed) window is counted
 * @param settledThrough the start of the last window settled, or null: a sighting for it or an earlier
 *                       window (one the lateness check let through after a restart) changes nothing
 * @param open           the windows that may still change, in time order, each with its totals (one per claim)
 */
public record PartyTotals(SortedMap<String, Figure> settled, Instant settledThrough, List<WindowTotals> open) {

    /** One window's totals, one figure per claim as last reported. */
    public record WindowTotals(Instant windowStart, List<Figure> totals) {
    }

    public static PartyTotals empty() {
        return new PartyTotals(new TreeMap<>(), null, List.of());
    }

    /** The series with the window of {@code windowStart} known, and {@code total} (if not null) among its totals. */
    public PartyTotals with(Instant windowStart, Figure total) {
        if (settledThrough != null && !windowStart.isAfter(settledThrough)) {
            return this;
        }
        List<WindowTotals> windows = new ArrayList<>(open);
        int at = 0;
        while (at < windows.size() && windows.get(at).windowStart().isBefore(windowStart)) {
            at++;
        }
        if (at == windows.size() || !windows.get(at).windowStart().equals(windowStart)) {
            windows.add(at, new WindowTotals(windowStart, List.of()));
        }
        if (total != null) {
            List<Figure> totals = new ArrayList<>(windows.get(at).totals());
            Figure same = totals.stream().filter(f -> f.claimKey().equals(total.claimKey())).findFirst().orElse(null);
            if (same == null || Estimates.PUBLICATION_ORDER.compare(total, same) > 0) {
                totals.remove(same);
                totals.add(total);
                totals.sort(Estimates.PUBLICATION_ORDER);
            }
            windows.set(at, new WindowTotals(windowStart, List.copyOf(totals)));
        }
        return new PartyTotals(settled, settledThrough, List.copyOf(windows));
    }

    /** The named parties' totals in force when the window of {@code windowStart} opens. */
    public SortedMap<String, Figure> carriedInto(Instant windowStart, InForce inForce) {
        SortedMap<String, Figure> carried = settled;
        for (WindowTotals w : open) {
            if (!w.windowStart().isBefore(windowStart)) {
                break;
            }
            carried = InForce.carriedOn(inForce.of(carried, w.totals(), w.windowStart()).byParty());
        }
        return carried;
    }

    /** The open windows after {@code windowStart}. */
    public List<Instant> windowsAfter(Instant windowStart) {
        return open.stream().map(WindowTotals::windowStart).filter(s -> s.isAfter(windowStart)).toList();
    }

    /** The series with the windows {@code closed} says can no longer change folded into {@code settled}. */
    public PartyTotals settle(Predicate<Instant> closed, InForce inForce) {
        SortedMap<String, Figure> carried = settled;
        Instant through = settledThrough;
        int settledWindows = 0;
        for (WindowTotals w : open) {
            if (!closed.test(w.windowStart())) {
                break;
            }
            carried = InForce.carriedOn(inForce.of(carried, w.totals(), w.windowStart()).byParty());
            through = w.windowStart();
            settledWindows++;
        }
        return settledWindows == 0 ? this
                : new PartyTotals(carried, through, List.copyOf(open.subList(settledWindows, open.size())));
    }
}

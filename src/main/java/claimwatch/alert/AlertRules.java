package claimwatch.alert;

import claimwatch.extract.Kind;
import claimwatch.track.Estimates;
import claimwatch.track.Figure;
import claimwatch.track.Parties;
import claimwatch.track.WindowEstimate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alert rules, pure Java: given what was remembered of a series and its newest closed window,
 * the alerts to raise and what to remember next. Time is the figures' publication time only. The
 * figures compared are the parties' totals in force ({@code byParty}): increments, plans and recalled
 * figures never raise {@code first_figure}, {@code change} or {@code new_high}. A party's figure
 * carried from an earlier window, or one that only restates an older claim (first seen before the
 * window), is history: it raises nothing and does not replace what the party said last. Each alert
 * lists the claims that caused it ({@link Alert#claims()}).
 *
 * <ul>
 *   <li>{@code first_figure}: a named party (not unattributed, not unknown) states a total for the
 *       series for the first time.</li>
 *   <li>{@code change}: a party's total stated in this window differs from its total before by at
 *       least {@code changeShare} of the earlier one. Not for {@code OTHER}: it lumps unrelated
 *       sources together, so its "change" would compare two different voices.</li>
 *   <li>{@code new_high}: the highest total stated in the window is above every earlier one (not
 *       raised on the series' first window: there is nothing to be higher than).</li>
 *   <li>{@code divergence}: in one window, the highest and lowest of the named parties' totals stated
 *       in it differ by more than a factor of {@code divergenceRatio}. Only figures of the same
 *       window are compared: a party's figure from weeks ago is history, not a disagreement.
 *       Raised once per pair of parties, until a window shows them back together.</li>
 *   <li>{@code planned}: a planned figure ("plans to send 3,000 more") first claimed in the window,
 *       once per claim.</li>
 * </ul>
 */
public final class AlertRules {

    /** The alerts a window raises and the memory to keep for the next one. */
    public record Outcome(List<Alert> alerts, SeriesMemory memory) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Parties parties;
    private final double changeShare;
    private final double divergenceRatio;

    public AlertRules(Parties parties, double changeShare, double divergenceRatio) {
        this.parties = parties;
        this.changeShare = changeShare;
        this.divergenceRatio = divergenceRatio;
    }

    public Outcome apply(SeriesMemory memory, WindowEstimate window) {
        List<Alert> alerts = new ArrayList<>();
        Map<String, Figure> stated = statedIn(window);
        TreeMap<String, Figure> byParty = new TreeMap<>(memory.byParty());
        for (Map.Entry<String, Figure> e : stated.entrySet()) {
            String party = e.getKey();
            Figure now = e.getValue();
            Figure before = memory.byParty().get(party);
            if (before == null && Parties.isNamed(party)) {
                alerts.add(firstFigure(window, now));
            } else if (before != null && !Parties.OTHER.equals(party) && isChange(before.value(), now.value())) {
                alerts.add(change(window, before, now));
            }
            byParty.put(party, now);
        }

        Figure high = memory.high();
        Figure top = Estimates.highest(window);
        if (top != null && (high == null || top.top() > high.top())) {
            if (high != null) {
                alerts.add(newHigh(window, high, top));
            }
            high = top;
        }

        String divergence = memory.divergence();
        if (namedParties(stated) >= 2) {
            divergence = divergence(stated);
            if (divergence != null && !divergence.equals(memory.divergence())) {
                alerts.add(diverging(window, stated, divergence));
            }
        }

        for (Figure plan : window.notTotals()) {
            if (plan.kind() == Kind.PLANNED && !Estimates.isRestated(plan, window.windowStart())) {
                alerts.add(planned(window, plan));
            }
        }
        return new Outcome(List.copyOf(alerts), new SeriesMemory(high, byParty, divergence));
    }

    /** The parties' totals in force that were stated in the window: neither carried nor restated. */
    private static Map<String, Figure> statedIn(WindowEstimate window) {
        Map<String, Figure> stated = new TreeMap<>(window.byParty());
        stated.values().removeIf(f -> f.carried() || !f.isTotal() || Estimates.isRestated(f, window.windowStart()));
        return stated;
    }

    boolean isChange(long before, long now) {
        if (before == 0) {
            return now != 0;
        }
        return Math.abs((double) (now - before) / before) >= changeShare;
    }

    private static long namedParties(Map<String, Figure> byParty) {
        return byParty.keySet().stream().filter(Parties::isNamed).count();
    }

    /** "UKR>RUS" when the named parties' highest and lowest figures are more than {@code divergenceRatio} apart, else null. */
    String divergence(Map<String, Figure> byParty) {
        Map.Entry<String, Figure> highest = null;
        Map.Entry<String, Figure> lowest = null;
        for (Map.Entry<String, Figure> e : byParty.entrySet()) {
            if (!Parties.isNamed(e.getKey())) {
                continue;
            }
            if (highest == null || e.getValue().value() > highest.getValue().value()) {
                highest = e;
            }
            if (lowest == null || e.getValue().value() < lowest.getValue().value()) {
                lowest = e;
            }
        }
        if (highest == null || highest == lowest) {
            return null;
        }
        long hi = highest.getValue().value();
        long lo = lowest.getValue().value();
        boolean apart = lo <= 0 ? hi > 0 : (double) hi / lo > divergenceRatio;
        return apart ? highest.getKey() + ">" + lowest.getKey() : null;
    }

    private Alert firstFigure(WindowEstimate w, Figure now) {
        String message = String.format(Locale.ROOT, "First %s figure for %s: %s%s",
                parties.adjective(now.party()), w.title(), amount(now), byline(now));
        return alert(AlertKind.FIRST_FIGURE, message, w, now.party(), null, now.value(), null, null, null, now);
    }

    private Alert planned(WindowEstimate w, Figure plan) {
        String whose = Parties.isNamed(plan.party()) ? parties.adjective(plan.party()) + " figure" : "Figure";
        String message = String.format(Locale.ROOT, "%s planned for %s: %s%s", whose, w.title(), amount(plan), byline(plan));
        return alert(AlertKind.PLANNED, message, w, plan.party(), null, plan.value(), null, null, null, plan);
    }

    private Alert change(WindowEstimate w, Figure before, Figure now) {
        double share = before.value() == 0 ? 0 : (double) (now.value() - before.value()) / before.value();
        String message = String.format(Locale.ROOT, "%s estimate of %s %s from %s to %s (%s)%s",
                parties.adjective(now.party()), w.title(), now.value() > before.value() ? "rose" : "fell",
                amount(before), amount(now), percent(share), byline(now));
        return alert(AlertKind.CHANGE, message, w, now.party(), before.value(), now.value(), share, null, null, now, before);
    }

    private Alert newHigh(WindowEstimate w, Figure previous, Figure top) {
        double share = previous.top() == 0 ? 0 : (double) (top.top() - previous.top()) / previous.top();
        String message = String.format(Locale.ROOT, "New high for %s: %s, up from %s (%s)%s",
                w.title(), amount(top), amount(previous), percent(share), byline(top));
        return alert(AlertKind.NEW_HIGH, message, w, top.party(), previous.top(), top.top(), share, null, null, top,
                previous);
    }

    private Alert diverging(WindowEstimate w, Map<String, Figure> byParty, String pair) {
        String[] parts = pair.split(">");
        Figure hi = byParty.get(parts[0]);
        Figure lo = byParty.get(parts[1]);
        Figure latest = Estimates.PUBLICATION_ORDER.compare(hi, lo) >= 0 ? hi : lo;
        String message = String.format(Locale.ROOT, "%s and %s figures for %s diverge: %s against %s%s",
                parties.adjective(hi.party()), parties.adjective(lo.party()), w.title(), amount(hi), amount(lo),
                byline(latest));
        return alert(AlertKind.DIVERGENCE, message, w, hi.party(), null, hi.value(), null, lo.party(), lo.value(), latest,
                latest == hi ? lo : hi);
    }

    private static Alert alert(AlertKind kind, String message, WindowEstimate w, String party, Long previous,
                               Long current, Double change, String otherParty, Long otherFigure, Figure cause,
                               Figure... alsoBehind) {
        List<AlertClaim> claims = new ArrayList<>();
        claims.add(AlertClaim.of(cause));
        for (Figure f : alsoBehind) {
            claims.add(AlertClaim.of(f));
        }
        return new Alert(kind, message, w.tracker(), w.window(), w.windowStart(), w.windowEnd(), party, previous,
                current, change, otherParty, otherFigure, cause.attributedTo(), cause.source(), cause.articleId(),
                cause.publishedAt(), List.copyOf(claims));
    }

    /** "10,000", "11,000–12,000", "over 12,000". */
    static String amount(Figure f) {
        String n = String.format(Locale.ROOT, "%,d", f.value());
        if (f.high() != null) {
            return n + "–" + String.format(Locale.ROOT, "%,d", f.high());
        }
        if (f.qualifier() == null) {
            return n;
        }
        return switch (f.qualifier()) {
            case AT_LEAST -> "at least " + n;
            case AT_MOST -> "up to " + n;
            case APPROX -> "about " + n;
            default -> n;
        };
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%+d %%", Math.round(share * 100));
    }

    /** " — Pentagon, 2024-10-28": who said it (or the outlet), and when. */
    static String byline(Figure f) {
        String who = f.attributedTo() != null ? f.attributedTo() : f.source();
        Instant at = f.publishedAt();
        StringBuilder s = new StringBuilder(" —");
        if (who != null) {
            s.append(' ').append(who);
        }
        if (at != null) {
            s.append(who != null ? ", " : " ").append(DAY.format(at));
        }
        return s.length() == 2 ? "" : s.toString();
    }
}

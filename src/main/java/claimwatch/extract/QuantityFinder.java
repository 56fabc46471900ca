package claimwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers of a sentence and the words that hedge them: vague amounts ("a few
 * thousand"), single numbers, ranges ("11 to 12,000", "10,000-12,000", "between 10,000 and
 * 12,000") and qualifiers before ("more than", "an estimated") or after ("or more") them.
 * Numbers that are dates, years, sums, shares or parts of names are left out here too
 * (see {@link NotACount}), so later readers see only candidate counts.
 */
final class QuantityFinder {

    private static final int LOOK_BACK = 3;

    private final Vocabulary vocab;
    private final NumberParser parser;
    private final NotACount notACount;

    QuantityFinder(Vocabulary vocab) {
        this.vocab = vocab;
        this.parser = new NumberParser(vocab);
        this.notACount = new NotACount(vocab);
    }

    /** All quantities of a sentence. */
    List<Quantity> find(List<Token> t) {
        return find(t, 0, t.size());
    }

    /**
     * The quantities of a sentence around the offsets where {@link TriggerScanner} saw a number
     * start: a vague amount may begin a few words earlier ("a few thousand"), so reading starts
     * {@value #LOOK_BACK} tokens before each.
     */
    List<Quantity> findAround(List<Token> t, int[] offsets, int from, int to) {
        List<Quantity> out = new ArrayList<>(2);
        int done = 0;
        for (int h = from; h < to; h++) {
            int at = tokenAt(t, offsets[h]);
            int start = Math.max(done, at - LOOK_BACK);
            if (at < done) {
                continue;
            }
            List<Quantity> found = find(t, start, at + 1);
            out.addAll(found);
            done = found.isEmpty() ? at + 1 : Math.max(at + 1, found.get(found.size() - 1).to());
        }
        return out;
    }

    private static int tokenAt(List<Token> t, int offset) {
        int lo = 0;
        int hi = t.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Quantities starting at tokens {@code [from, to)}. */
    private List<Quantity> find(List<Token> t, int from, int to) {
        List<Quantity> out = new ArrayList<>(2);
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.isPunct()) {
                continue;
            }
            PhraseTable.Match<long[]> vague = vocab.vague.at(t, i);
            NumberParser.Parsed p = vocab.isNumber(tok) || tok.is("a")
                    || tok.is("an") ? parser.parse(t, i) : null;
            if (vague != null && (p == null || vague.to() >= p.to())) {
                PhraseTable.Match<Qualifier> q = vocab.qualifiersBefore.endingAt(t, i, 4);
                out.add(new Quantity(q == null ? i : q.from(), vague.to(), i, vague.to(), null, null,
                        q == null ? Qualifier.EXACT : q.value(), true));
                i = vague.to() - 1;
                continue;
            }
            if (p == null) {
                continue;
            }
            Quantity q = quantity(t, p);
            if (q != null && !notACount.rejects(t, q)) {
                out.add(q);
            }
            i = Math.max(i, (q == null ? p.to() : q.to()) - 1);
        }
        return out;
    }

    private Quantity quantity(List<Token> t, NumberParser.Parsed p) {
        int i = p.from();
        boolean between = i > 0 && t.get(i - 1).is("between");
        boolean from = i > 0 && t.get(i - 1).is("from");
        // "rose from 3,000 to 5,000" is a change; "estimates range from 7,000 to 12,000" a range
        boolean rangeFrom = from && i > 1 && RANGE_VERBS.contains(t.get(i - 2).lower());
        if (p.to() < t.size() && (!from || rangeFrom)) {
            Token c = t.get(p.to());
            if (c.is("to") || c.is("-") || c.is("or") || (between && c.is("and"))) {
                NumberParser.Parsed b = parser.parse(t, p.to() + 1);
                if (b != null) {
                    double low = scaledLow(p.value(), b.value());
                    if (low < b.value() && low > 0) {
                        return new Quantity(between || rangeFrom ? i - 1 : i, b.to(), i, b.to(), Math.round(low),
                                Math.round(b.value()), Qualifier.RANGE, false);
                    }
                }
            }
        }
        int start = i;
        int end = p.to();
        Qualifier qualifier = Qualifier.EXACT;
        PhraseTable.Match<Qualifier> before = vocab.qualifiersBefore.endingAt(t, i, 4);
        if (before != null) {
            qualifier = before.value();
            start = before.from();
        } else {
            int k = end < t.size() && t.get(end).is("-") && !t.get(end).spaceBefore() ? end + 1 : end;
            PhraseTable.Match<Qualifier> after = vocab.qualifiersAfter.at(t, k);
            if (after != null) {
                qualifier = after.value();
                end = after.to();
            }
        }
        return new Quantity(start, end, i, p.to(), Math.round(p.value()), null, qualifier, false);
    }

    private static final java.util.Set<String> RANGE_VERBS = java.util.Set.of("range", "ranges", "ranged", "ranging",
            "vary", "varies", "varied", "varying", "anywhere");

    /** "11 to 12,000" means 11,000 to 12,000: the low end borrows the high end's scale. */
    static double scaledLow(double low, double high) {
        if (low * 100 < high) {
            for (double mult = 1000; mult <= 1e9; mult *= 1000) {
                if (low * mult <= high && low * mult * 10 > high) {
                    return low * mult;
                }
            }
        }
        return low;
    }
}

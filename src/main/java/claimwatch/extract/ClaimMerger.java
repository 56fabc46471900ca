package claimwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The same claim stated twice in one article (headline and body, say) is one claim: same
 * force, measure, value and high end. The first statement keeps its evidence; a hedge, a
 * speaker or a place read from a later statement fills what the first one lacked.
 */
final class ClaimMerger {

    private final Gazetteer places;
    private final java.util.Set<String> generic;

    /**
     * {@code places} tells a town or region from a country, so that the more precise place wins
     * (null keeps the first); {@code generic} are forces read from no name ("syrian-rebels" for
     * "35 jihadists"), which a named group for the same figure elsewhere in the article replaces.
     */
    ClaimMerger(Gazetteer places, java.util.Collection<String> generic) {
        this.places = places;
        this.generic = java.util.Set.copyOf(generic);
    }

    static List<Claim> merge(List<Claim> claims) {
        return new ClaimMerger(null, List.of()).mergeAll(claims);
    }

    List<Claim> mergeAll(List<Claim> claims) {
        Map<String, Claim> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            String key = c.force() + "|" + c.measure() + "|" + (c.value() == null
                    ? c.amount().toLowerCase(Locale.ROOT) : c.value() + "|" + c.high());
            byKey.merge(key, c, this::combine);
        }
        // a figure whose force went unread ("Pentagon orders 2,000 troops") is the same claim as
        // that figure with a force read elsewhere in the article ("about 2,000 U.S. troops"); a
        // figure with a generic force is also the same claim as that figure read as no one's
        List<Claim> out = new ArrayList<>(byKey.values());
        List<Claim> merged = new ArrayList<>(out.size());
        for (Claim c : out) {
            if ((c.force() == null || generic.contains(c.force())) && c.value() != null) {
                int same = indexOfForced(out, c);
                if (same >= 0) {
                    Claim forced = out.get(same);
                    out.set(same, combine(forced, c));
                    int at = merged.indexOf(forced);
                    if (at >= 0) {
                        merged.set(at, out.get(same));
                    }
                    continue;
                }
            }
            merged.add(c);
        }
        return withoutHeadlineEnds(withoutUnreadVerbs(merged));
    }

    /**
     * A headline's figure that is one end of a range the body gives for the same force and measure
     * ("Rwanda had up to 7,000 troops in eastern Congo" over "between 6,000 and 7,000 troops") is
     * that range, said shorter: the body's claim stands for both.
     */
    private static List<Claim> withoutHeadlineEnds(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            boolean end = c.evidence() != null && c.evidence().start() < 0 && c.value() != null && c.high() == null
                    && claims.stream().anyMatch(o -> o != c && o.high() != null && o.measure() == c.measure()
                    && Objects.equals(o.force(), c.force()) && (c.value().equals(o.value()) || c.value().equals(o.high())));
            if (!end) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "Deployed" is what a count is when no verb says otherwise; the same force's same figure
     * killed, wounded or captured elsewhere in the article ("Syria troops kill 50 jihadists ...
     * At least 50 jihadists from the Islamic State were killed") is the one claim, and the
     * statement whose verb went unread adds nothing.
     */
    private static List<Claim> withoutUnreadVerbs(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            boolean fateKnown = c.measure() == Measure.DEPLOYED && c.value() != null && claims.stream().anyMatch(o ->
                    o.measure() != Measure.DEPLOYED && Objects.equals(o.force(), c.force())
                            && c.value().equals(o.value()) && Objects.equals(o.high(), c.high()));
            if (!fateKnown) {
                out.add(c);
            }
        }
        return out;
    }

    private int indexOfForced(List<Claim> claims, Claim unforced) {
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            boolean named = c.force() != null && !generic.contains(c.force());
            // a generic guess ("Syrian Forces Kill 35 Terrorists" read as the rebels) gives way to the
            // body's same figure read as no one's ("35 members of Jaish al-Islam and Faylaq al-Rahman")
            boolean guessOverNoOnes = c.force() == null && unforced.force() != null;
            if (c != unforced && (named || guessOverNoOnes) && c.measure() == unforced.measure()
                    && unforced.value().equals(c.value())
                    && Objects.equals(c.high(), unforced.high())) {
                return i;
            }
        }
        return -1;
    }

    /** The later statement's place where it is more precise: "Tigray" in the body beats "Ethiopia" guessed for the headline. */
    private String place(Claim first, Claim later) {
        if (first.location() == null) {
            return later.location();
        }
        if (places != null && later.location() != null && places.parent(first.location()) == null
                && (places.parent(later.location()) != null || places.isCountry(first.location()) && !places.isCountry(later.location()))) {
            return later.location(); // and "near the town of Ain al-Arab", unknown to the gazetteer, beats "Syria"
        }
        if (places != null && later.location() != null && places.canonical(later.location()) == null
                && places.canonical(first.location()) != null && !places.isCountry(first.location())) {
            return later.location(); // the body's "in Wajiroko in Borno state" beats the headline's "in Borno"
        }
        if (places != null && later.location() != null && first.measure() != Measure.DEPLOYED
                && first.attributedParty() != null && first.attributedParty().equals(places.iso(first.location()))
                && !first.attributedParty().equals(places.iso(later.location()))) {
            return later.location(); // "Israel says it killed 2,000 Hezbollah fighters": the body's "in southern Lebanon"
        }
        return first.location();
    }

    /**
     * Whether the later statement names the speaker better: the first has none, or the later one
     * names the same speaker in full (the headline's "General Staff says", the body's "the General
     * Staff of Ukraine's Armed Forces said"), or gives a party to the first one's speaker of none.
     */
    private static boolean fullerSpeaker(Claim first, Claim later) {
        if (first.attributedTo() == null || later.attributedTo() == null) {
            return first.attributedTo() == null;
        }
        String a = first.attributedTo().toLowerCase(Locale.ROOT);
        String b = later.attributedTo().toLowerCase(Locale.ROOT);
        boolean sameInFull = b.length() > a.length() && b.contains(a);
        return sameInFull && (later.attributedParty() != null || first.attributedParty() == null);
    }

    private Claim combine(Claim first, Claim later) {
        Qualifier q = first.qualifier() == Qualifier.EXACT ? later.qualifier() : first.qualifier();
        Claim speaker = fullerSpeaker(first, later) ? later : first;
        return new Claim(first.articleId(), first.force(), first.measure(), first.value(), first.high(), q,
                place(first, later), speaker.attributedTo(), speaker.attributedParty(),
                first.kind() == Kind.TOTAL ? later.kind() : first.kind(),
                first.evidence(), first.amount(), first.publishedAt(), first.source());
    }
}

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

    private ClaimMerger() {
    }

    static List<Claim> merge(List<Claim> claims) {
        Map<String, Claim> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            String key = c.force() + "|" + c.measure() + "|" + (c.value() == null
                    ? c.amount().toLowerCase(Locale.ROOT) : c.value() + "|" + c.high());
            byKey.merge(key, c, ClaimMerger::combine);
        }
        return new ArrayList<>(byKey.values());
    }

    private static Claim combine(Claim first, Claim later) {
        Qualifier q = first.qualifier() == Qualifier.EXACT ? later.qualifier() : first.qualifier();
        return new Claim(first.articleId(), first.force(), first.measure(), first.value(), first.high(), q,
                Objects.requireNonNullElse(first.location(), later.location()) ,
                first.attributedTo() != null ? first.attributedTo() : later.attributedTo(),
                first.evidence(), first.amount(), first.publishedAt(), first.source());
    }
}

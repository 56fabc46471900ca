package claimwatch.cli;

import claimwatch.extract.Claim;
import claimwatch.track.LateArticle;

import java.text.NumberFormat;
import java.util.Locale;

/** One claim as a person reads it in a terminal: {@code 2024-10-28  PRK deployed ~10,000 in Russia — Pentagon  [seed-004]}. */
final class ClaimLine {

    private ClaimLine() {
    }

    static String of(Claim c) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        String day = c.publishedAt() == null ? "----------" : c.publishedAt().toString().substring(0, 10);
        String amount = c.value() == null ? "\"" + c.amount() + "\""
                : marker(c) + n.format(c.value()) + (c.high() == null ? "" : "–" + n.format(c.high()));
        return String.format("%s  %-4s %-10s %-12s%s%s  [%s]",
                day,
                c.force() == null ? "?" : c.force(),
                c.measure(),
                amount,
                c.location() == null ? "" : " in " + c.location(),
                c.attributedTo() == null ? "" : " — " + c.attributedTo(),
                c.articleId());
    }

    /** An article set aside for having no publication time: {@code undated     [seed-000] Reuters: no publication time ...}. */
    static String undated(LateArticle late) {
        return String.format("%-10s  [%s]%s: no publication time, so under no day; set aside on late-articles",
                "undated", late.articleId(), late.source() == null ? "" : " " + late.source());
    }

    private static String marker(Claim c) {
        if (c.qualifier() == null) {
            return "";
        }
        return switch (c.qualifier()) {
            case APPROX -> "~";
            case AT_LEAST -> ">";
            case AT_MOST -> "<";
            case EXACT, RANGE -> "";
        };
    }
}

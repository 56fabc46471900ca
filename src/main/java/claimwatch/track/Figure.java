package claimwatch.track;

import claimwatch.extract.Kind;
import claimwatch.extract.Qualifier;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One figure as a party put it: "at least 11,000 (Zelensky, Kyiv Independent, 2024-12-16)". In a
 * window, one claim's figure however many articles report it: the latest report, and how many
 * independent reports there were.
 *
 * @param claimKey     the claim's key ({@code ClaimKey.id()})
 * @param party        USA, KOR, UKR, RUS, NATO, ..., UNATTRIBUTED, OTHER
 * @param attributedTo who said it, as the article names them
 * @param reports      independent articles in the window reporting this claim
 * @param claimFirstSeen when the claim was first seen (see {@code ClaimSighting}): before the window, the
 *                     figure is an older one restated, history rather than news
 * @param kind         what the figure counts: a total, an increment, a plan, a recalled figure; only
 *                     totals are a party's figure in force
 * @param sentence     the evidence sentence of the latest report
 * @param carried      true in a window's {@code byParty} and {@code carried} when the figure was stated in an
 *                     earlier window and is still the party's latest total (its {@code publishedAt} is
 *                     then before the window); left out of the JSON when false
 */
public record Figure(
        String claimKey,
        Long value,
        Long high,
        Qualifier qualifier,
        String party,
        String attributedTo,
        String source,
        String articleId,
        Instant publishedAt,
        long reports,
        Instant claimFirstSeen,
        Kind kind,
        String sentence,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean carried) {

    public Figure {
        kind = kind == null ? Kind.TOTAL : kind; // figures written before claims had a kind
    }

    /** The top of the figure: {@code high} for a range, else {@code value}. */
    public long top() {
        return high != null ? high : value;
    }

    /** A total: how many there are, the only kind that sets an estimate. */
    public boolean isTotal() {
        return kind == Kind.TOTAL;
    }

    /** The figure as a later window sees it: still in force, stated before. */
    public Figure asCarried() {
        return carried ? this : new Figure(claimKey, value, high, qualifier, party, attributedTo, source, articleId,
                publishedAt, reports, claimFirstSeen, kind, sentence, true);
    }
}

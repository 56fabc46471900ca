package claimwatch.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state an article is about: the one its title and text name most, counting country
 * names, demonyms and the places of the gazetteer ("Aleppo" counts for Syria), not the
 * organisations of forces.txt (Wagner fighting in Mali). Read only when
 * a claim needs it, once per article.
 */
final class ArticleCountry {

    /** How often a state must be named before the article counts as being about it (a dateline's capital counts). */
    private static final int TOPIC = 2;
    /** A dateline ("MEXICO CITY --") says where the story is more than a passing mention: it counts as the title does. */
    private static final int DATELINE_WEIGHT = 2;
    /** An outlet's name counts as a dateline does. */
    private static final int SOURCE_WEIGHT = 2;

    private final Vocabulary vocab;

    ArticleCountry(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** The ISO code of the state {@code title} and the text's tokens name most, at least twice (the title counts thrice), or null. */
    String of(String title, List<Token> text) {
        return of(null, title, text);
    }

    /**
     * As {@link #of(String, List)}, with the outlet's name counted twice: an outlet named after a
     * country or city ("Mexico News Daily", "Kyiv Independent", "Times of Israel") writes from there.
     */
    String of(String source, String title, List<Token> text) {
        Map<String, Integer> counts = new HashMap<>();
        if (source != null) {
            countPlaces(vocab.tokenizer.tokenize(source), SOURCE_WEIGHT, counts);
        }
        if (title != null) {
            count(vocab.tokenizer.tokenize(title), 3, counts);
        }
        count(text, 1, counts);
        String dateline = datelineCountry(text);
        if (dateline != null) {
            counts.merge(dateline, DATELINE_WEIGHT - 1, Integer::sum); // counted once with the text already
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean tieWon = e.getValue() == most && best != null
                    && (e.getKey().equals(dateline) || !best.equals(dateline) && e.getKey().compareTo(best) < 0);
            if (e.getValue() > most || tieWon) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return most >= TOPIC ? best : null;
    }

    /** The state of the place a dateline names ("RAWALPINDI: ..."), which wins a tie; null without one. */
    String datelineCountry(List<Token> text) {
        for (int i = 0; i < Math.min(3, text.size()); i++) {
            if (ForceResolver.dateline(text, i)) {
                PhraseTable.Match<String> place = vocab.gazetteer().names().at(text, i);
                PhraseTable.Match<String> force = vocab.forces.at(text, i);
                return force != null && vocab.isState(force.value()) ? force.value()
                        : place != null ? vocab.gazetteer().iso(place.value()) : null;
            }
        }
        return null;
    }

    /** Places only, no demonyms: "Tolo News English" names no country, "Mexico News Daily" does. */
    private void countPlaces(List<Token> t, int weight, Map<String, Integer> counts) {
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> place = vocab.gazetteer().names().at(t, i);
            if (place != null) {
                String iso = vocab.gazetteer().iso(place.value());
                if (iso != null) {
                    counts.merge(iso, weight, Integer::sum);
                }
                i = place.to() - 1;
            }
        }
    }

    private void count(List<Token> t, int weight, Map<String, Integer> counts) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).isCapitalized()) {
                continue;
            }
            PhraseTable.Match<String> force = vocab.forces.at(t, i);
            String iso = null;
            int to = i + 1;
            if (force != null && vocab.organisations.contains(force.phrase().toLowerCase(java.util.Locale.ROOT))) {
                to = force.to(); // "Wagner", "Africa Corps": a state's force abroad says nothing of where the story is
            } else if (force != null && vocab.isState(force.value())) {
                iso = force.value();
                to = force.to();
            } else {
                PhraseTable.Match<String> place = vocab.gazetteer().names().at(t, i);
                if (place != null) {
                    iso = vocab.gazetteer().iso(place.value());
                    to = place.to();
                }
            }
            boolean compound = to + 1 < t.size() && t.get(to).is("-") && !t.get(to).spaceBefore();
            if (iso != null && !compound && !vocab.inNoSideName(t, i)) {
                counts.merge(iso, weight, Integer::sum); // not "U.S.-backed", "Britain-based", the Syrian Observatory
            }
            i = to - 1;
        }
    }
}

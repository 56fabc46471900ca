package claimwatch.extract;

import java.util.List;
import java.util.Locale;

/**
 * The party behind a speaker: "Ukraine's military intelligence chief Kyrylo Budanov" is UKR,
 * "an IDF spokesman" ISR, "Britain's ambassador to the UN" GBR (the first party named decides),
 * "the Hamas-run health ministry" {@code hamas}. Monitors, NGOs, think tanks and news agencies
 * ({@code -} in {@code speaker-parties.txt}) are of no side, whatever state their name holds:
 * "the Syrian Observatory for Human Rights" is null, not SYR.
 */
final class PartyResolver {

    private static final String NO_SIDE = "-";

    private final Vocabulary vocab;

    PartyResolver(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** The party code behind {@code speaker}, or null for no speaker, a speaker of no side or one not known. */
    String partyOf(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return null;
        }
        List<Token> t = vocab.tokenizer.tokenize(speaker);
        String first = null;
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> named = vocab.speakerParties.at(t, i);
            if (named != null && NO_SIDE.equals(named.value())) {
                return null;
            }
            if (first == null) {
                PhraseTable.Match<String> force = vocab.forces.at(t, i);
                first = named != null ? named.value() : force != null ? force.value() : null;
            }
        }
        return first;
    }

    /** The party an outlet speaks for when it publishes in its own voice ("President of Ukraine"), or null. */
    String officialSource(String source) {
        return source == null ? null : vocab.officialSources.get(source.strip().toLowerCase(Locale.ROOT));
    }
}

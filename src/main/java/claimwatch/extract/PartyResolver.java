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

    static final String NO_SIDE = "-";

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
        String group = null;
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> named = vocab.speakerParties.at(t, i);
            if (named != null && NO_SIDE.equals(named.value())) {
                return null;
            }
            PhraseTable.Match<String> force = vocab.forces.at(t, i);
            if (force != null && force.to() + 1 < t.size() && t.get(force.to()).is("-") && t.get(force.to() + 1).is("based")) {
                force = null; // "the Britain-based monitor": where it sits, not whom it speaks for
            }
            String party = named != null ? named.value() : force != null ? force.value() : null;
            if (first == null) {
                first = party;
            }
            if (group == null && party != null && vocab.groupIds.contains(party)) {
                group = party;
            }
        }
        return group != null ? group : first; // "Lebanese Shiite paramilitary group Hezbollah" speaks for Hezbollah
    }

    /**
     * The party of an acronym the article itself defines in brackets, when the speaker names one:
     * "AFP spokesperson Col. Padilla" after "the Armed Forces of the Philippines (AFP)" is PHL, not
     * the news agency. Null when the speaker holds no such acronym or its name gives no party.
     */
    String definedAcronym(String speaker, List<Token> article) {
        if (speaker == null) {
            return null;
        }
        for (Token w : vocab.tokenizer.tokenize(speaker)) {
            if (!isAcronym(w) || knownSide(w)) {
                continue; // "the Rapid Support Forces (RSF)": the vocabulary knows the RSF already
            }
            for (int i = 1; i + 2 < article.size(); i++) {
                if (article.get(i).is("(") && article.get(i + 2).is(")") && article.get(i + 1).text().equals(w.text())) {
                    String party = nameBefore(article, i);
                    if (party != null) {
                        return party;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the vocabulary already gives {@code w} a side of its own (not a news agency's "no side"). */
    private boolean knownSide(Token w) {
        List<Token> one = List.of(w);
        PhraseTable.Match<String> named = vocab.speakerParties.at(one, 0);
        return named != null ? !NO_SIDE.equals(named.value()) : vocab.forces.at(one, 0) != null;
    }

    private static boolean isAcronym(Token w) {
        String x = w.text();
        if (x.length() < 2 || !w.isWord()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if (!Character.isUpperCase(x.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many words before its bracket an acronym's full name may start. */
    private static final int ACRONYM_NAME_REACH = 8;

    /** The party the name before the bracket at {@code open} gives: its first force or group, within its own phrase. */
    private String nameBefore(List<Token> article, int open) {
        int from = open;
        while (from > Math.max(0, open - ACRONYM_NAME_REACH) && !phraseBreak(article.get(from - 1))) {
            from--;
        }
        for (int k = from; k < open; k++) {
            PhraseTable.Match<String> named = vocab.speakerParties.at(article, k);
            if (named != null && named.to() <= open) {
                return NO_SIDE.equals(named.value()) ? null : named.value();
            }
            PhraseTable.Match<String> force = vocab.forces.at(article, k);
            if (force != null && force.to() <= open) {
                return force.value();
            }
        }
        return null;
    }

    /** Unnamed speakers who belong to a side all the same: "a military source", "an army spokesman". */
    private static final java.util.Set<String> SERVICES = java.util.Set.of("military", "army", "security", "defence",
            "defense");
    private static final java.util.Set<String> VOICES = java.util.Set.of("source", "sources", "official", "officials",
            "spokesman", "spokesperson", "spokeswoman", "statement", "command", "figures", "data", "statistics");

    /**
     * "A military source said", "according to an army spokesman": the phrase, when the sentence
     * cites a speaker of a state's forces without naming them; null otherwise.
     */
    String serviceSpeaker(List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (SERVICES.contains(t.get(i).lower()) && VOICES.contains(t.get(i + 1).lower())) {
                return t.get(i).text() + " " + t.get(i + 1).text();
            }
        }
        return null;
    }

    /**
     * Whether the sentence cites "the source" or "the sources" as its speaker ("The source added
     * that ...", "..., the sources said"): the source an earlier sentence introduced.
     */
    boolean citesTheSource(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).is("the")) {
                String noun = t.get(i + 1).lower();
                if ((noun.equals("source") || noun.equals("sources")) && (vocab.reportingVerbs.at(t, i + 2) != null
                        || i > 0 && vocab.reportingVerbs.endingAt(t, i, 1) != null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The party of a speaker named only by its institution ("the ministry", "the military
     * spokesperson"), from the article's earlier, fuller mention ("the defense ministry in
     * Moscow", "the Syrian army"): a force named within four words of the same noun.
     */
    String fromEarlierMention(String speaker, List<Token> article, int before) {
        if (before <= 0) {
            before = article.size(); // the text's first sentence: its institution's fuller mention comes later
        }
        boolean institution = isInstitution(speaker);
        return earlierMention(speaker, article, before, i -> {
            for (int j = Math.max(0, i - 3); j < i && institution; j++) {
                PhraseTable.Match<String> name = vocab.forces.at(article, j);
                if (name != null && name.to() > i && vocab.groupIds.contains(name.value())) {
                    return null; // "the White Army": the word in a group's name is not the state's army
                }
            }
            int from = i;
            while (from > Math.max(0, i - 4) && !phraseBreak(article.get(from - 1))) {
                from--; // the mention's own phrase: not "the ceasefire between Israel and Hezbollah, Prime Minister Mikati"
            }
            int to = i + 1;
            while (to < Math.min(article.size(), i + 4) && !phraseBreak(article.get(to))) {
                to++;
            }
            for (int k = from; k < to; k++) {
                PhraseTable.Match<String> f = vocab.forces.at(article, k);
                if (f != null && k != i && !basedIn(article, f.to())) {
                    return f.value(); // but "the Britain-based monitoring group" is based there, of no side
                }
            }
            return null;
        });
    }

    /** A break between clauses, but not the brackets of an acronym: "the Arakan Army (AA)". */
    private static boolean phraseBreak(Token t) {
        return t.isClauseBreak() && !t.is("(") && !t.is(")");
    }

    private static final java.util.Set<String> STATE_OWNERS = java.util.Set.of("government", "government's",
            "army", "army's", "military", "military's", "armed");

    /**
     * Whether the article's earlier mention of a speaker's institution ties it to the state without
     * naming it: "the media center of the government's armed forces ... the media center said".
     */
    boolean earlierMentionIsState(String speaker, List<Token> article, int before) {
        return earlierMention(speaker, article, before, i -> {
            for (int k = i + 1; k < Math.min(article.size(), i + 5); k++) {
                if (STATE_OWNERS.contains(article.get(k).lower())) {
                    return Boolean.TRUE;
                }
            }
            return null;
        }) != null;
    }

    /**
     * What {@code around} reads at the article's mentions of the speaker's last word before token
     * {@code before}, latest first: the first non-null answer, or null.
     */
    private <R> R earlierMention(String speaker, List<Token> article, int before,
                                 java.util.function.IntFunction<R> around) {
        List<Token> w = vocab.tokenizer.tokenize(speaker);
        if (w.isEmpty()) {
            return null;
        }
        String head = w.get(w.size() - 1).lower();
        for (int i = Math.min(before, article.size()) - 1; i >= 0; i--) {
            if (article.get(i).lower().equals(head)) {
                R found = around.apply(i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean basedIn(List<Token> t, int next) {
        return next + 1 < t.size() && t.get(next).is("-") && t.get(next + 1).is("based");
    }

    private static final java.util.Set<String> GROUP_WORDS = java.util.Set.of("group", "movement", "militia", "alliance",
            "coalition", "faction");

    /** "The ethnic armed group said": a group named only by that word, the group the article is about, or null. */
    boolean isGroupWord(String speaker) {
        List<Token> w = vocab.tokenizer.tokenize(speaker);
        if (w.size() < 2 || !GROUP_WORDS.contains(w.get(w.size() - 1).lower())) {
            return false;
        }
        for (int i = 0; i < w.size() - 1; i++) {
            if (ARMED.contains(w.get(i).lower())) {
                return true; // "the ethnic armed group", not "the Britain-based group" (a monitor)
            }
        }
        return false;
    }

    private static final java.util.Set<String> ARMED = java.util.Set.of("armed", "militant", "rebel", "jihadist",
            "insurgent", "terror", "terrorist", "extremist", "islamist", "paramilitary");

    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("army", "military", "ministry",
            "staff", "government", "command", "forces", "president", "presidency", "spokesman", "spokeswoman",
            "spokesperson", "minister", "governor", "police", "navy", "headquarters");

    /** "the army", "General Staff", "the defense ministry": a state institution, named without its state. */
    boolean isInstitution(String speaker) {
        for (Token w : vocab.tokenizer.tokenize(speaker)) {
            if (INSTITUTIONS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> OFFICES = java.util.Set.of("minister", "president", "secretary", "office",
            "chancellor", "premier");

    /**
     * "Defence Minister Bill Blair", "President William Ruto's office": an office holder named without
     * a state, who speaks for the state whose deployment the sentence announces (not a ministry's paper
     * estimating a rival's strength).
     */
    boolean isOfficeHolder(String speaker) {
        for (Token w : vocab.tokenizer.tokenize(speaker)) {
            if (OFFICES.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> LEGISLATORS = java.util.Set.of("lawmaker", "lawmakers", "legislator",
            "legislators", "mp", "mps", "senator", "senators", "congressman", "congresswoman", "parliamentarian",
            "deputy", "deputies");

    /** "Lawmaker Lee, who was briefed by the agency, said": a legislator passing on a briefing speaks for whoever briefed. */
    boolean relaysBriefing(String speaker, List<Token> sentence) {
        boolean legislator = false;
        for (Token w : vocab.tokenizer.tokenize(speaker)) {
            legislator |= LEGISLATORS.contains(w.lower());
        }
        if (!legislator) {
            return false;
        }
        for (Token w : sentence) {
            if (w.is("briefed") || w.is("briefing")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> HEADS_OF_STATE = java.util.Set.of("head of state", "head of the state",
            "president", "the president", "the head of state", "the head of the state");

    /** "the Head of State", "the President": a head of state named by title alone. */
    boolean isHeadOfState(String speaker) {
        return HEADS_OF_STATE.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }

    /** False for a speaker of no side (a monitor, an agency); true for the rest. */
    boolean hasSide(String speaker) {
        List<Token> t = vocab.tokenizer.tokenize(speaker);
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> named = vocab.speakerParties.at(t, i);
            if (named != null && NO_SIDE.equals(named.value())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The party an outlet speaks for when it publishes in its own voice, or null: a source listed in
     * {@code official-sources.txt} ("President of Ukraine"), or one that names a state's institution
     * ("Ministry of National Defence of Niger", "Pakistan Army"), or one a force's name names in full
     * ("ISPR"). A news outlet names none.
     */
    String officialSource(String source) {
        if (source == null) {
            return null;
        }
        String listed = vocab.officialSources.get(source.strip().toLowerCase(Locale.ROOT));
        return listed != null ? listed : isInstitution(source) ? partyOf(source) : forceNamedInFull(source);
    }

    /** The state of a source named in full by a force's name ("ISPR", "IDF"), or null. */
    private String forceNamedInFull(String source) {
        List<Token> t = vocab.tokenizer.tokenize(source);
        PhraseTable.Match<String> force = t.isEmpty() ? null : vocab.forces.at(t, 0);
        return force != null && force.to() == t.size() && !vocab.groupIds.contains(force.value()) ? force.value() : null;
    }
}

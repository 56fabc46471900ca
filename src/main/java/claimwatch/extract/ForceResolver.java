package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * Whose personnel a number counts, as an ISO alpha-3 code. Closest evidence first: a force
 * among the number's modifiers ("10,000 North Korean troops"), after the noun ("troops from
 * North Korea"), a possessive before it ("Russia's 150,000 troops"), the subject of a verb
 * that sends or keeps them ("North Korea deploys 10,000 troops"); then the nearest force named
 * with personnel ("North Korean troops") in the sentence, the paragraph, and the article.
 */
final class ForceResolver {

    /** Words between a subject and its verb that do not change who the subject is. */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "be", "will", "would", "could", "may", "might", "already", "now", "reportedly", "also", "recently",
            "so", "far", "to", "plans", "planned", "plan", "set", "about", "still", "since", "then", "allegedly");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "additional", "extra", "more",
            "its", "their");
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their");
    private static final Set<String> WITHDRAWALS = Set.of("withdraw", "withdraws", "withdrawing", "withdrew",
            "withdrawn", "pull", "pulls", "pulling", "pulled", "evacuate", "evacuated", "evacuating", "remove",
            "removed", "removing", "redeploy", "redeployed", "redeploying", "expel", "expelled");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    private static final Set<String> PREPOSITIONS = Set.of("in", "to", "into", "from", "near", "at", "across", "for",
            "against", "with", "on", "inside", "toward", "towards", "by", "of");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "militia", "organisation",
            "organization", "faction");
    /** A group's members named by what they are, with "the", for the group itself ("the insurgents number"). */
    private static final Set<String> GROUP_MEMBERS = Set.of("insurgents", "militants", "jihadists", "terrorists",
            "extremists", "paramilitaries");
    /** Words between "of"/"from" and the force it names. */
    private static final Set<String> ORIGIN_FILLERS = Set.of("the", "a", "an", "its", "their", "armed", "forces",
            "army", "main", "intelligence", "directorate", "national", "guard", "paramilitary", "so-called", "jihadist",
            "terrorist", "militant", "rebel", "group", "of");
    private static final int PARAGRAPHS_BACK = 3;
    /** How many tokens after "of"/"from" the force may be named: "from the Al-Qaeda-affiliated Nusra Front". */
    private static final int ORIGIN_REACH = 10;
    private static final int SUBJECT_WINDOW = 10;
    /** How long an aside between a subject and its verb may be: "Ethiopia, whose relations with Mogadishu soured after ..., will contribute". */
    private static final int ASIDE_REACH = 20;
    /** How far before its verb a relative pronoun may stand: "which at its peak numbered". */
    private static final int RELATIVE_REACH = 5;

    private final Vocabulary vocab;

    ForceResolver(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** The force read from the number's own phrase and its verb; null when only context could tell. */
    String direct(ArticleText.Sentence s, Quantity q, Personnel p) {
        return direct(s, q, p, null);
    }

    /** As {@link #direct(ArticleText.Sentence, Quantity, Personnel)}; {@code groupOfArticle} names "the group" a sentence speaks of. */
    String direct(ArticleText.Sentence s, Quantity q, Personnel p, java.util.function.Supplier<String> groupOfArticle) {
        List<Token> t = s.tokens();
        boolean explicit = p != null && !p.implied();
        if (explicit) {
            PhraseTable.Match<String> self = p.nounFrom() >= 0 ? vocab.forces.at(t, p.nounFrom()) : null;
            if (self != null && self.to() >= p.nounTo() && !vocab.isState(self.value())) {
                return self.value(); // "17 khwarij", "45,000 Peshmerga": the noun is the group's name
            }
            PhraseTable.Match<String> m = vocab.forces.lastIn(t, p.modFrom(), p.nounFrom());
            if (m != null && SHARED_NAMES.contains(m.phrase().toLowerCase(java.util.Locale.ROOT))) {
                String owner = stateOwningSharedName(s, q, p, m, groupOfArticle);
                if (owner != null) {
                    return owner; // "Mexico to send 10,000 National Guard troops", "Mexican National Guard troops"
                }
            }
            if (m != null && !SHARED_NAMES.contains(m.phrase().toLowerCase(java.util.Locale.ROOT))) {
                return m.value(); // a shared name with no owner named is the article's state's, read later
            }
            for (int k = p.modFrom(); k < p.nounFrom(); k++) {
                if (OWNER_PRONOUNS.contains(t.get(k).lower())) {
                    return pronounOwner(s, q); // "2,000 of its men"
                }
                if (t.get(k).is("fellow") && q.from() > 0) {
                    PhraseTable.Match<String> subject = vocab.forces.firstIn(t, 0, q.from());
                    if (subject != null) {
                        return subject.value(); // "SDF members attend the funeral of eight fellow fighters"
                    }
                }
            }
        }
        if (q.from() >= 2 && t.get(q.from() - 1).is("'s")) {
            PhraseTable.Match<String> owner = vocab.forces.endingAt(t, q.from() - 1, 4);
            if (owner != null) {
                return owner.value();
            }
        }
        String strength = strengthOwner(t, q, groupOfArticle);
        if (strength != null) {
            return strength; // "The experts estimated M23's strength at about 6,500 fighters"
        }
        String losses = lossesOwner(t, q);
        if (losses != null) {
            return losses; // "the losses of the Armed Forces of Ukraine amounted to more than 1,290 servicemen"
        }
        if (q.from() >= 1 && OWNER_PRONOUNS.contains(t.get(q.from() - 1).lower())) {
            String owner = pronounOwner(s, q); // "its roughly 1,500 fighters"
            if (owner != null) {
                return owner;
            }
        }
        String agent = agent(t, q.from(), () -> pronounOwner(s, q), groupOfArticle);
        if (agent != null || !explicit) {
            return agent;
        }
        String origin = origin(t, q, p.nounTo());
        if (origin == null) {
            origin = relativeAgent(t, p.nounTo());
        }
        return origin != null ? origin : passiveAgent(t, p.nounTo());
    }

    /** How far after its relative pronoun the sending verb may stand: "that Mexico agreed to send". */
    private static final int RELATIVE_VERB_REACH = 5;

    /** "10,000 troops that Mexico agreed to send", "the 1,500 soldiers which France deployed": the relative clause's subject. */
    private String relativeAgent(List<Token> t, int k) {
        if (k < 0 || k + 2 >= t.size() || !(t.get(k).is("that") || t.get(k).is("which") || t.get(k).is("whom"))) {
            return null;
        }
        int at = t.get(k + 1).is("the") ? k + 2 : k + 1;
        PhraseTable.Match<String> subject = vocab.forces.at(t, at);
        if (subject == null) {
            return null;
        }
        for (int v = subject.to(); v < Math.min(t.size(), subject.to() + RELATIVE_VERB_REACH) && !t.get(v).isClauseBreak(); v++) {
            PhraseTable.Match<Vocabulary.MeasureWord> verb = vocab.measures.at(t, v);
            if (verb != null && verb.value().agent() && verb.value().measure() == Measure.DEPLOYED) {
                return ownerOfName(t, subject);
            }
        }
        return null;
    }

    private static final Set<String> LOSS_NOUNS = Set.of("losses", "casualties");
    /** How far before its number "the losses of X" may stand: "the losses of the Armed Forces of Ukraine amounted to more than". */
    private static final int LOSSES_REACH = 14;

    /** Whose losses a tally counts: "the losses of X amounted to N", "casualties of the X reached N"; null otherwise. */
    private String lossesOwner(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(1, q.from() - LOSSES_REACH) && !t.get(k).isClauseBreak(); k--) {
            if (!t.get(k).is("of") || !LOSS_NOUNS.contains(t.get(k - 1).lower())) {
                continue;
            }
            PhraseTable.Match<String> owner = vocab.forces.firstIn(t, k + 1, Math.min(q.from(), k + 6));
            return owner == null ? null : owner.value(); // "of the Armed Forces of Ukraine"
        }
        return null;
    }

    /** Words for the group an article is about, as an owner: "the rebels' strength", "the group's strength". */
    private static final Set<String> SPOKEN_GROUPS = Set.of("rebels", "group", "militia", "insurgents", "movement",
            "militants", "jihadists");
    private static final Set<String> STRENGTH_NOUNS = Set.of("strength", "size", "numbers", "manpower");
    /** How far before "at N" the strength it gives may be named: "M23's fighting strength in North Kivu at". */
    private static final int STRENGTH_REACH = 8;

    /**
     * Whose strength a count gives: "estimated M23's strength at about 6,500 fighters", "put the
     * size of the RSF at 100,000", "the rebels' own strength at 6,500" (the group the article is about). Null
     * unless the number follows "at" and a strength noun owned by a force or a group spoken of.
     */
    private String strengthOwner(List<Token> t, Quantity q, java.util.function.Supplier<String> groupOfArticle) {
        int k = strengthNoun(t, q);
        if (k < 0) {
            return null;
        }
        int possessive = possessiveBefore(t, k);
        if (possessive > 0) {
            PhraseTable.Match<String> owner = vocab.forces.endingAt(t, possessive, 4);
            if (owner == null && groupOfArticle != null && SPOKEN_GROUPS.contains(t.get(possessive - 1).lower())) {
                return groupOfArticle.get(); // "estimated the rebels' own strength at 6,500": the group the article is about
            }
            return owner == null ? null : owner.value();
        }
        if (k + 1 < q.from() - 1 && t.get(k + 1).is("of")) {
            PhraseTable.Match<String> owner = vocab.forces.firstIn(t, k + 2, q.from() - 1);
            return owner == null ? null : owner.value();
        }
        return null;
    }

    /** "The military's strength is estimated at 130,000": the strength of a state's forces, named without the state. */
    boolean strengthOfTheMilitary(List<Token> t, Quantity q) {
        int k = q.from() - 1;
        while (k >= 0 && (HAVE.contains(t.get(k).lower()) || AUXILIARIES.contains(t.get(k).lower()))) {
            k--;
        }
        if (k < q.from() - 1 && k >= 1 && STATE_BODIES.contains(t.get(k).lower()) && vocab.forces.endingAt(t, k + 1, 3) == null
                && (t.get(k - 1).is("the") || NATIONAL.contains(t.get(k - 1).lower()))) {
            return true; // "the army has around 150,000 troops left", "The federal government has sent 1,100 more soldiers"
        }
        k = strengthNoun(t, q);
        int possessive = k < 0 ? -1 : possessiveBefore(t, k);
        return possessive > 0 && MILITARY.contains(t.get(possessive - 1).lower())
                && vocab.forces.endingAt(t, possessive, 4) == null;
    }

    private static final Set<String> MILITARY = Set.of("military", "army", "junta", "regime");
    private static final Set<String> HAVE = Set.of("has", "had", "have", "fields", "keeps", "sends", "sent", "deployed",
            "deploys");
    /** A state's bodies named without the state, as the subject of its own troops: "the army has 150,000 troops". */
    private static final Set<String> STATE_BODIES = union(MILITARY, Set.of("government"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
    private static final Set<String> NATIONAL = Set.of("federal", "central", "national");

    /** The strength noun before "at N" ("M23's strength at", "the size of the RSF at"), or -1. */
    private static int strengthNoun(List<Token> t, Quantity q) {
        int at = q.from() - 1;
        if (at < 1 || !t.get(at).is("at")) {
            return -1;
        }
        int reach = STRENGTH_REACH;
        for (int k = at - 1; k >= Math.max(0, at - reach); k--) {
            if (t.get(k).is(",") && k + 1 < at && t.get(k + 1).is("which")) {
                reach += 2;
                continue; // "M23's own strength, which the experts estimated at about 3,000 fighters"
            }
            if (t.get(k).isClauseBreak()) {
                return -1;
            }
            if (STRENGTH_NOUNS.contains(t.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** The possessive before the strength noun at {@code k} ("M23's", "the rebels' own"), or -1. */
    private static int possessiveBefore(List<Token> t, int k) {
        int possessive = k >= 3 && t.get(k - 1).is("own") ? k - 2 : k - 1;
        return possessive >= 1 && (t.get(possessive).is("'s") || t.get(possessive).is("'")) ? possessive : -1;
    }

    /** Names of forces that other states have too; read as their vocabulary's state only when no other state owns them. */
    private static final Set<String> SHARED_NAMES = Set.of("national guard", "marine corps");

    /** A force's name as its owner: a shared name's state when one is named just before it ("Mexico's National Guard"). */
    private String ownerOfName(List<Token> t, PhraseTable.Match<String> name) {
        if (SHARED_NAMES.contains(name.phrase().toLowerCase(java.util.Locale.ROOT))) {
            int end = name.from() > 0 && t.get(name.from() - 1).is("'s") ? name.from() - 1 : name.from();
            PhraseTable.Match<String> state = vocab.forces.endingAt(t, end, 3);
            if (state != null && vocab.isState(state.value())) {
                return state.value();
            }
        }
        return name.value();
    }

    /** The state named before a shared force name in the count's phrase, else the agent of the count's verb; null if neither. */
    private String stateOwningSharedName(ArticleText.Sentence s, Quantity q, Personnel p, PhraseTable.Match<String> name,
                                         java.util.function.Supplier<String> groupOfArticle) {
        List<Token> t = s.tokens();
        PhraseTable.Match<String> before = vocab.forces.lastIn(t, p.modFrom(), name.from());
        if (before != null && vocab.isState(before.value())) {
            return before.value();
        }
        String agent = agent(t, q.from(), () -> pronounOwner(s, q), groupOfArticle);
        if (agent == null) {
            agent = relativeAgent(t, p.nounTo()); // "10,000 National Guard troops that Mexico agreed to send"
        }
        if (agent == null) {
            agent = namedBefore(t, q); // "Mexico had completed the deployment of 10,000 National Guard troops"
        }
        if (agent == null) {
            agent = countryOfFirstPlace(t, q.from()); // "Texas sent 1,000 National Guard troops", "... to Sinaloa"
        }
        return agent != null && vocab.isState(agent) ? agent : null;
    }

    /** The country of the first place the gazetteer knows in {@code t} before {@code end}, or null. */
    private String countryOfFirstPlace(List<Token> t, int end) {
        for (int i = 0; i < end; i++) {
            PhraseTable.Match<String> place = vocab.gazetteer().names().at(t, i);
            if (place != null && place.to() <= end) {
                return vocab.gazetteer().iso(place.value());
            }
        }
        return null;
    }

    /** "troops from North Korea", "fighters of the paramilitary Rapid Support Forces". */
    private String origin(List<Token> t, Quantity q, int k) {
        if (k + 1 >= t.size() || !(t.get(k).is("from") || t.get(k).is("of"))) {
            return null;
        }
        if (t.get(k).is("from")) {
            for (int i = Math.max(0, q.from() - 4); i < q.from(); i++) {
                if (WITHDRAWALS.contains(t.get(i).lower())) {
                    return null; // "withdrawing 1,500 fighters from Mali": a place, not an origin
                }
            }
        }
        for (int at = k + 1; at < Math.min(t.size(), k + ORIGIN_REACH); at++) {
            PhraseTable.Match<String> after = vocab.forces.at(t, at);
            if (after != null && linkedTo(t, after.to())) {
                at = after.to(); // "the Al Qaeda-linked Nusra Front": Nusra, not al-Qaeda
                continue;
            }
            if (after != null) {
                PhraseTable.Match<String> of = after.to() + 1 < t.size() && t.get(after.to()).is("of")
                        ? vocab.forces.at(t, after.to() + 1) : null;
                return of != null ? of.value() : after.value(); // "the Armed Forces of Ukraine", "the National Guard of Ukraine"
            }
            if (ORIGIN_FILLERS.contains(t.get(at).lower())) {
                continue; // "of the paramilitary", "of a pro-government militia", "from the Armed Forces"
            }
            if (t.get(at).is("-") && !t.get(at).spaceBefore()) {
                continue; // "from the Western-armed Hazm movement"
            }
            if (!t.get(at).isWord() || vocab.isFunctionWord(t.get(at))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whom "its" or "their" stands for: the last force named before it in the sentence (a country only
     * as a place if nothing else is), else the first in the one before.
     */
    private String pronounOwner(ArticleText.Sentence s, Quantity q) {
        String here = namedBefore(s.tokens(), q);
        if (here != null) {
            return here;
        }
        ArticleText.Sentence prev = s.article.previous(s);
        if (prev == null) {
            return null;
        }
        PhraseTable.Match<String> before = vocab.forces.firstIn(prev.tokens(), 0, prev.tokens().size());
        return before == null ? null : before.value();
    }

    /** The subject of a verb right before the number that sends, keeps or loses the personnel. */
    private String agent(List<Token> t, int from, java.util.function.Supplier<String> owner,
                         java.util.function.Supplier<String> group) {
        int k = from;
        PhraseTable.Match<Vocabulary.MeasureWord> verb = vocab.measures.endingAt(t, k, 2);
        while ((verb == null || !verb.value().agent()) && k > 0 && (AUXILIARIES.contains(t.get(k - 1).lower())
                || DETERMINERS.contains(t.get(k - 1).lower()) || isUnitOf(t, k - 1))) {
            k--;
            verb = vocab.measures.endingAt(t, k, 2);
        }
        if ((verb == null || !verb.value().agent()) && from > 0 && t.get(from - 1).is("to")) {
            verb = growthVerbBefore(t, from - 1); // "Canada will boost its contingent in Latvia to 2,200 troops"
        }
        if (verb == null || !verb.value().agent()) {
            return null;
        }
        k = verb.from();
        for (int r = k - 1; r >= Math.max(1, k - RELATIVE_REACH) && !t.get(r).isClauseBreak(); r--) {
            if (RELATIVES.contains(t.get(r).lower()) && t.get(r - 1).is(",")) {
                k = r - 1; // "France, which had 5,100 soldiers", "SADC, which at its peak numbered 2,000 troops"
                break;
            }
        }
        int window = SUBJECT_WINDOW;
        for (int i = k - 1; i >= Math.max(0, k - window); i--) {
            if (t.get(i).is(")") && i >= 2 && t.get(i - 2).is("(")) {
                window += 3;
                i -= 2; // "The SADC Mission in Mozambique (SAMIM), which at its peak had": the acronym restates the name
                continue;
            }
            if (t.get(i).is(",")) {
                int open = asideOpening(t, i);
                int nameAt = open > 0 && t.get(open + 1).is("known") && t.get(open + 2).is("as") ? open + 3 : open + 1;
                nameAt = open > 0 && t.get(nameAt).is("the") ? nameAt + 1 : nameAt;
                PhraseTable.Match<String> named = open > 0 ? vocab.forces.at(t, nameAt) : null;
                if (named != null && named.to() == i) {
                    // "The UN mission in the Central African Republic, MINUSCA, has", "Forces loyal to Haftar,
                    // known as the Libyan National Army, number": the subject's name
                    return ownerOfName(t, named);
                }
                if (open > 0) {
                    window += i - open + 1;
                    i = open; // "Britain, which leads a battlegroup in Estonia, keeps 900 troops": skip the aside
                    continue;
                }
            }
            if (t.get(i).isClauseBreak() || t.get(i).is("that") && i > 0 && vocab.reportingVerbs.at(t, i - 1) != null) {
                break; // "Israel assessed that the group had 30,000 fighters": Israel is not the subject
            }
            if (theGroupAt(t, i) && group != null) {
                return group.get(); // "the terror group had about 30,000 fighters": the group the article is about
            }
            if (i == k - 1 || i == k - 2 && AUXILIARIES.contains(t.get(k - 1).lower())) {
                if ((t.get(i).is("they") || t.get(i).is("it")) && reportedSubject(t, i)) {
                    // "the army general staff said it had lost 12 soldiers": the speaker, if a force names it;
                    // "The group says it has 200,000 fighters": the group spoken of
                    String speaker = namedBefore(t, i);
                    return speaker == null && group != null && groupSpeaks(t, i) ? group.get() : speaker;
                }
                if ((t.get(i).is("they") || t.get(i).is("it")) && owner != null) {
                    return owner.get(); // "They have already lost 23,000 soldiers": the force the sentence before names
                }
            }
            PhraseTable.Match<String> subject = vocab.forces.covering(t, i, 0);
            if (subject != null && subject.to() <= k && !inPhraseOfPlace(t, subject.from()) && !linkedTo(t, subject.to())) {
                return ownerOfName(t, subject);
            }
        }
        return null;
    }

    /** How far before the number the state that killed or captured a count may be named. */
    private static final int KILLER_REACH = 12;

    /**
     * The state whose forces did to the count what its verb says, named before that verb in the
     * count's clause: "IDF troops eliminated approximately 20 terrorists" gives ISR. A passive verb
     * ("20 soldiers were killed") is passed over for an active one before it; null when none names a
     * state so.
     */
    String stateThatKilled(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= Math.max(1, q.from() - KILLER_REACH); k--) {
            if (t.get(k).isClauseBreak()) {
                return null;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> verb = vocab.measures.at(t, k);
            if (verb == null || verb.value().measure() == Measure.DEPLOYED || verb.value().agent()
                    || MeasureResolver.passiveAt(t, k)) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(0, k - 5) && !t.get(j).isClauseBreak(); j--) {
                PhraseTable.Match<String> f = vocab.forces.covering(t, j, 0);
                if (f != null && f.to() <= k) {
                    return vocab.isState(f.value()) ? f.value() : null;
                }
            }
            return null;
        }
        return null;
    }

    /** Whether "the group" (or "the militia", ...) is the subject of the reporting verb before the pronoun at {@code i}. */
    private static boolean groupSpeaks(List<Token> t, int i) {
        for (int k = i - 1; k >= 1; k--) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            if (theGroupAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pronoun at {@code i} opens what a speaker reports: "said it", "says that they". */
    private boolean reportedSubject(List<Token> t, int i) {
        int v = i > 0 && t.get(i - 1).is("that") ? i - 1 : i;
        return v > 0 && vocab.reportingVerbs.endingAt(t, v, 2) != null;
    }

    private static final Set<String> GROWTH = Set.of("boost", "boosts", "boosted", "boosting", "increase", "increases",
            "increased", "increasing", "expand", "expands", "expanded", "expanding", "raise", "raises", "raised",
            "raising", "grow", "grows", "grew", "growing", "bring", "brings", "brought", "bringing", "bolster",
            "bolsters", "bolstered", "reinforce", "reinforced", "double", "doubled", "triple", "tripled", "cut", "reduce",
            "reduced", "lower", "lowered", "scale", "scaled");

    /** How far before "to N" its verb of growth may stand: "reduce its military presence in federal Iraq and the Kurdistan Region to". */
    private static final int GROWTH_REACH = 14;

    /** A verb of growth before "to N" in the same clause, as an agent verb whose subject owns the personnel. */
    private PhraseTable.Match<Vocabulary.MeasureWord> growthVerbBefore(List<Token> t, int to) {
        for (int k = to - 1; k >= Math.max(0, to - GROWTH_REACH); k--) {
            if (t.get(k).isClauseBreak()) {
                return null;
            }
            if (GROWTH.contains(t.get(k).lower())) {
                return new PhraseTable.Match<>(k, k + 1, new Vocabulary.MeasureWord(Measure.DEPLOYED, true), t.get(k).lower());
            }
        }
        return null;
    }

    /**
     * The comma that opens the aside a comma at {@code close} ends (", which ...,", ", by comparison,",
     * a name's apposition: "MINUSCA, the mission in the Central African Republic,"), or -1.
     */
    private static int asideOpening(List<Token> t, int close) {
        for (int j = close - 1; j >= Math.max(0, close - ASIDE_REACH); j--) {
            if (t.get(j).is(",")) {
                boolean relative = j + 1 < close && (RELATIVES.contains(t.get(j + 1).lower()) || t.get(j + 1).is("whose")
                        || t.get(j + 1).is("known") || close - j <= 4);
                boolean apposition = j > 0 && j + 1 < close && t.get(j + 1).is("the") && t.get(j - 1).isCapitalized();
                return relative || apposition ? j : -1;
            }
            if (t.get(j).isClauseBreak()) {
                return -1;
            }
        }
        return -1;
    }

    /** "OUAGADOUGOU, May 14 (Reuters) -": a dateline's capital is no subject. */
    static boolean dateline(List<Token> t, int i) {
        String w = t.get(i).text();
        return i <= 2 && w.length() > 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) // not "US", "UN", "IDF"
                && w.chars().anyMatch(Character::isLetter);
    }

    /** "fighting for Russia", "a mission in Somalia": a force named after a preposition is not the subject. */
    private boolean inPhraseOfPlace(List<Token> t, int i) {
        if (i > 1 && (t.get(i - 1).is("and") || t.get(i - 1).is("or"))) {
            PhraseTable.Match<String> first = vocab.forces.endingAt(t, i - 1, 3);
            if (first != null) {
                return inPhraseOfPlace(t, first.from()); // "Islamic State remnants in Iraq and Syria number": both places
            }
        }
        return i > 0 && PREPOSITIONS.contains(t.get(i - 1).lower());
    }

    /** "the al-Qaida-linked group": a force named to say whom a group is linked to is not the group. */
    private boolean linkedTo(List<Token> t, int end) {
        return end + 1 < t.size() && t.get(end).is("-")
                && (t.get(end + 1).is("led") || vocab.affiliations.contains(t.get(end + 1).lower())); // and "the Kenyan-led mission"
    }

    /** "of" and the unit before it in "station a brigade of 4,800 soldiers", "a force of 10,000". */
    private boolean isUnitOf(List<Token> t, int k) {
        if (t.get(k).is("of")) {
            return true;
        }
        PhraseTable.Match<Vocabulary.PersonnelNoun> unit = vocab.personnel.at(t, k);
        return (unit != null && "strong".equals(unit.value().needs())) || t.get(k).is("deployment");
    }

    /** "mobilised by Russia", "sent by North Korea": a passive verb's agent after the noun. */
    private String passiveAgent(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size() - 1, from + 6); k++) {
            if (t.get(k).isClauseBreak()) {
                return null;
            }
            if (t.get(k).is("by") && k > 0 && vocab.measures.at(t, k - 1) != null) {
                PhraseTable.Match<String> f = vocab.forces.at(t, k + 1);
                return f == null ? null : f.value();
            }
        }
        return null;
    }

    private static final Set<String> HIRED = Set.of("mercenaries", "mercenary", "volunteers", "contractors");

    /** Mercenaries and volunteers are the force they fight for: "800 Colombian mercenaries fighting for Ukraine". */
    String employer(List<Token> t, Personnel p) {
        if (p == null || p.implied() || p.nounFrom() < 0 || !HIRED.contains(t.get(p.nounTo() - 1).lower())
                && !vocab.namesNationals(t, p.nounTo() - 1)) { // "200 Kenyans fighting for Russia"
            return null;
        }
        for (int k = p.nounTo(); k + 1 < Math.min(t.size(), p.nounTo() + 5); k++) {
            if (t.get(k).isClauseBreak()) {
                return null;
            }
            if (t.get(k).is("for") || (t.get(k).is("on") && t.get(k + 1).is("behalf"))
                    || (t.get(k).is("with") || t.get(k).is("in")) && t.get(k - 1).is("serving")
                    || t.get(k).is("alongside") && t.get(k - 1).is("fighting")) { // "mercenaries fighting alongside the RSF"
                for (int at = k + 1; at < Math.min(t.size(), k + 4); at++) {
                    PhraseTable.Match<String> f = vocab.forces.at(t, at);
                    if (f != null) {
                        return f.value();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The force a speaker belongs to ("Israel's military" is ISR), or null. */
    String partyOf(String speaker) {
        List<Token> t = vocab.tokenizer.tokenize(speaker);
        PhraseTable.Match<String> m = vocab.forces.firstIn(t, 0, t.size());
        return m == null ? null : m.value();
    }

    /**
     * Whether {@code force} is the first force the sentence names before the number, its likely
     * subject: "ISIS captured army positions and killed nine troops" (not "Syrian warplanes raided
     * ISIL sites killing 70 terrorists").
     */
    boolean namedBefore(List<Token> t, Quantity q, String force) {
        return force.equals(subjectBefore(t, q)); // "the Syrian Observatory said members of the Nusra Front killed 25 troops"
    }

    private static final Set<String> KILLER_AUXILIARIES = Set.of("have", "has", "had", "also", "reportedly", "allegedly");
    /** Words before a force that make it an object, not the subject: "clashed with ISIS". */
    private static final Set<String> OBJECT_MARKERS = Set.of("with", "against", "on", "by", "from", "of", "in", "at",
            "to", "into", "near", "targeting", "targeted");

    /**
     * Who did it to the count: the force whose name (and personnel noun) stands right before the verb
     * at {@code verb} ("Kurdish forces killed"), or the sentence's subject before ", killing"; or null.
     */
    String killerBefore(List<Token> t, int verb) {
        if (verb > 0 && t.get(verb - 1).is(",") && t.get(verb).lower().endsWith("ing")) {
            // "Pakistan's army ended the siege, killing all 33 militants": the sentence's subject, not "clashed with ISIS, killing 9"
            for (int i = 0; i < verb; i++) {
                PhraseTable.Match<String> f = vocab.forces.at(t, i);
                if (f != null) {
                    return i > 0 && OBJECT_MARKERS.contains(t.get(i - 1).lower()) ? null : f.value();
                }
            }
            return null;
        }
        int k = verb - 1;
        while (k >= 0 && KILLER_AUXILIARIES.contains(t.get(k).lower())) {
            k--;
        }
        PhraseTable.Match<Vocabulary.PersonnelNoun> noun = k >= 0 ? vocab.personnel.endingAt(t, k + 1, 2) : null;
        if (noun != null && noun.to() == k + 1) {
            k = noun.from() - 1;
        }
        PhraseTable.Match<String> f = k >= 0 ? vocab.forces.endingAt(t, k + 1, 6) : null;
        return f != null && f.to() == k + 1 ? f.value() : null;
    }

    /** The first force the sentence names before the number, its likely subject, or null. */
    String subjectBefore(List<Token> t, Quantity q) {
        for (int i = 0; i < q.from(); i++) {
            PhraseTable.Match<String> m = vocab.forces.at(t, i);
            if (m != null && m.to() <= q.from() && !vocab.inNoSideName(t, i) && !dateline(t, i)) {
                PhraseTable.Match<String> owned = possessedGroup(t, m);
                return owned != null ? owned.value() : m.value();
            }
        }
        return null;
    }

    /** "Sudan's paramilitary Rapid Support Forces": the group a state's possessive names, not the state; or null. */
    private PhraseTable.Match<String> possessedGroup(List<Token> t, PhraseTable.Match<String> state) {
        if (!vocab.isState(state.value()) || state.to() >= t.size() || !t.get(state.to()).is("'s")) {
            return null;
        }
        for (int k = state.to() + 1; k < Math.min(t.size(), state.to() + 4); k++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, k);
            if (f != null) {
                return vocab.groupIds.contains(f.value()) ? f : null;
            }
        }
        return null;
    }

    /**
     * A force the sentence names other than {@code killer}, outside monitors' names: "the army
     * said it repulsed an assault by the Rapid Support Forces, killing 200 fighters" counts the RSF's.
     */
    String otherThan(List<Token> t, String killer) {
        for (int i = 0; i < t.size(); i++) {
            PhraseTable.Match<String> m = vocab.forces.at(t, i);
            if (m != null) {
                if (!m.value().equals(killer) && !vocab.inNoSideName(t, i) && !linkedTo(t, m.to())
                        && (killer == null || vocab.isState(killer) != vocab.isState(m.value()))) {
                    return m.value();
                }
                i = m.to() - 1;
            }
        }
        return null;
    }

    /** The last force named before the number in its sentence, a country after "in" only if nothing else is. */
    String namedBefore(List<Token> t, Quantity q) {
        return namedBefore(t, q.from());
    }

    private String namedBefore(List<Token> t, int end) {
        PhraseTable.Match<String> place = null;
        for (int to = end; to > 0; ) {
            PhraseTable.Match<String> m = vocab.forces.lastIn(t, 0, to);
            if (m == null) {
                break;
            }
            if (linkedTo(t, m.to())) {
                to = m.from(); // "the Kenyan-led mission": whom it is led by, not whose
                continue;
            }
            if (!(m.from() > 0 && WHERE.contains(t.get(m.from() - 1).lower()))) {
                return m.value();
            }
            place = place == null ? m : place; // "will consolidate its forces in Syria, cutting the number of troops": a place
            to = m.from();
        }
        return place == null ? null : place.value();
    }

    /** "the group", "the terror group" at {@code i}: a group spoken of, not named ("the Wagner group" is named). */
    private static boolean theGroupAt(List<Token> t, int i) {
        if (i >= 1 && t.get(i - 1).is("the") && GROUP_MEMBERS.contains(t.get(i).lower())) {
            return true; // "the insurgents number around 300 fighters": the group's own
        }
        if (i < 1 || !GROUP_NOUNS.contains(t.get(i).lower())) {
            return false;
        }
        String before = t.get(i - 1).text();
        return t.get(i - 1).is("the") || i > 1 && t.get(i - 2).is("the") && Character.isLowerCase(before.charAt(0));
    }

    /** Prepositions that make the country after them a place, not an owner, for {@link #namedBefore(List, Quantity)}. */
    private static final Set<String> WHERE = Set.of("in", "into", "inside", "near", "across", "at", "to");

    /** The nearest force named with personnel around the number: this sentence, then earlier ones. */
    String fromContext(ArticleText.Sentence s, Quantity q) {
        String here = inSentence(s, q);
        return here != null ? here : fromSentencesBefore(s);
    }

    /** Whether the sentence names, before the number, troops of two states together: "Filipino and American troops opened the drills". */
    boolean twoStatesTroopsBefore(List<Token> t, Quantity q) {
        for (int i = 0; i < q.from(); i++) {
            PhraseTable.Match<String> a = vocab.forces.at(t, i);
            if (a == null) {
                continue;
            }
            if (a.to() + 1 < q.from() && t.get(a.to()).is("and") && vocab.isState(a.value())) {
                PhraseTable.Match<String> b = vocab.forces.at(t, a.to() + 1);
                if (b != null && vocab.isState(b.value()) && !b.value().equals(a.value()) && b.to() < q.from()
                        && vocab.personnel.at(t, b.to()) != null) {
                    return true;
                }
            }
            i = a.to() - 1;
        }
        return false;
    }

    /** The nearest force named with personnel in the number's sentence, before it first. */
    String inSentence(ArticleText.Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        String before = nearestPair(t, 0, q.from(), true);
        return before != null ? before : nearestPair(t, q.to(), clauseEnd(t, q.to()), false);
    }

    private static final Set<String> OTHER_CLAUSE = Set.of("where", "which", "who", "while", "whereas", "but", "when",
            "after", "because", "although", "though");

    /**
     * Where the number's clause ends: before ", where ...", ", while ..." and the like, which speak of
     * others ("1,500 soldiers were deployed to Catatumbo, where ELN fighters have displaced 40,000").
     */
    private static int clauseEnd(List<Token> t, int from) {
        for (int k = from; k + 1 < t.size(); k++) {
            if (t.get(k).is(",") && OTHER_CLAUSE.contains(t.get(k + 1).lower())) {
                return k;
            }
        }
        return t.size();
    }

    /** The nearest force named with personnel in the sentences before, up to three paragraphs back. */
    String fromSentencesBefore(ArticleText.Sentence s) {
        return fromSentencesBefore(s, false);
    }

    /**
     * As {@link #fromSentencesBefore(ArticleText.Sentence)}; for a count of dead or wounded
     * ({@code ofTheDead}), not a force named as the one that killed ("Syrian air force strikes
     * killed at least 70 people. ... Twelve children and 11 fighters were among the dead").
     */
    String fromSentencesBefore(ArticleText.Sentence s, boolean ofTheDead) {
        for (ArticleText.Sentence prev = s.article.previous(s); prev != null && s.para - prev.para <= PARAGRAPHS_BACK;
             prev = s.article.previous(prev)) {
            String f = nearestPair(prev.tokens(), 0, prev.tokens().size(), true, ofTheDead);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** "Syrian opposition fighters", "Syrian rebels": a state's name before rebels names its rebels. */
    private String rebelsIfRebel(List<Token> t, int from, int to, String force) {
        if (!vocab.isState(force)) {
            return force;
        }
        for (int k = Math.max(0, from - 1); k < to; k++) {
            PhraseTable.Match<String> side = vocab.sides.at(t, k);
            if (side != null && (SideResolver.REBEL.equals(side.value()) || SideResolver.INSURGENT.equals(side.value()))) {
                return vocab.rebelsOf.get(force);
            }
        }
        return force;
    }

    /** A force followed within two words by a personnel noun, in tokens {@code [from, to)}. */
    private String nearestPair(List<Token> t, int from, int to, boolean lastFirst) {
        return nearestPair(t, from, to, lastFirst, false);
    }

    /** As {@link #nearestPair(List, int, int, boolean)}; with {@code skipKillers}, not a pair whose verb kills ("Syrian air force strikes killed"). */
    private String nearestPair(List<Token> t, int from, int to, boolean lastFirst, boolean skipKillers) {
        String found = null;
        for (int i = from; i < to; i++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, i);
            if (f == null) {
                continue;
            }
            if (SHARED_NAMES.contains(f.phrase().toLowerCase(java.util.Locale.ROOT))) {
                i = f.to() - 1; // "10,000 National Guard troops" says nothing of whose the soldiers after it are
                continue;
            }
            for (int k = f.to(); k < Math.min(to, f.to() + 3); k++) {
                PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
                if (noun != null && !"adjacent".equals(noun.value().needs()) && !vocab.isFateParticiple(t, k)) {
                    if (skipKillers && killsAfter(t, noun.to())) {
                        break; // "Syrian air force strikes killed at least 70 people": the killers, not the dead after
                    }
                    String force = rebelsIfRebel(t, k, noun.to(), f.value());
                    if (!lastFirst) {
                        return force;
                    }
                    found = force;
                    break;
                }
                if (t.get(k).isPunct() && !t.get(k).is("'s")) {
                    break;
                }
            }
            i = f.to() - 1;
        }
        return found;
    }

    /** A verb of killing or wounding within two words after {@code k}, with no number before it: "strikes killed". */
    private boolean killsAfter(List<Token> t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            if (t.get(j).isNumber() || t.get(j).isClauseBreak()) {
                return false;
            }
            PhraseTable.Match<Vocabulary.MeasureWord> m = vocab.measures.at(t, j);
            if (m != null && m.value().measure() != Measure.DEPLOYED) {
                return !MeasureResolver.passiveAt(t, j); // not "soldiers were killed"
            }
        }
        return false;
    }

    /**
     * The force an attack before the number struck, in the number's clause: "air raids on ISIL
     * positions near Kobani reportedly killed 35 fighters", "the army targeted the positions of
     * ISIS ... killing 13 militants". Null when no target is named.
     */
    String attacked(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= 1; k--) {
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return null;
            }
            PhraseTable.Match<String> f = vocab.forces.covering(t, k, 0);
            if (f == null || f.to() > q.from()) {
                continue;
            }
            k = f.from();
            if (vocab.attackedAt(t, k, f.to())) {
                return f.value();
            }
        }
        return null;
    }
}

package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * Who makes a claim, as written ("Pentagon", "South Korean intelligence", "U.S. officials").
 * In order: the speaker of a quotation holding the number; "according to X"; the subject of a
 * reporting verb in the sentence ("X said/estimated/told ... that", "..., X said", "said X");
 * a headline's trailing source ("...: Pentagon"); "X's estimate", "a figure released by X".
 * Pronouns take the last named speaker before them; surnames take the article's fullest
 * mention ("Wood" is "U.S. Deputy U.N. Ambassador Robert Wood"). The article's own voice and
 * unnamed speakers ("sources", "Western officials") give null.
 */
final class AttributionFinder {

    private static final Set<String> NOUN_MARKERS = Set.of("a", "an", "the", "this", "that", "its", "his", "her",
            "their", "'s", "such", "these", "those", "our", "my", "new", "latest", "earlier", "previous");
    private static final Set<String> ESTIMATE_NOUNS = Set.of("estimate", "estimates", "assessment", "figure",
            "figures", "count", "tally", "data", "numbers");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
    private static final Set<String> LEADING_NOISE = Set.of("the", "a", "an", "meanwhile", "however", "separately",
            "additionally", "but", "and", "also", "yet", "so", "moreover", "furthermore", "earlier", "later", "on",
            "reports", "report", "from", "by", "of", "as", "while", "when", "now", "in", "to", "'s", "-", "last",
            "both");
    private static final int LOOK_BACK_SENTENCES = 4;
    /** How far after a closing quote its reporting verb may stand: '..." Hamdullah Naseri, a Taliban government spokesman, told'. */
    private static final int QUOTE_VERB_REACH = 14;
    /** The same when the sentence runs on after the quote without a comma: '"... terrorists" in the fighting, and acknowledged'. */
    private static final int QUOTE_VERB_REACH_RUN_ON = 8;
    /** Unnamed speakers that, with "the", point back to a speaker already named: "the officials said". */
    private static final Set<String> BACK_REFERENCES = Set.of("officials", "official", "spokesman", "spokeswoman",
            "spokesperson", "experts", "investigators", "monitors", "report", "agency", "statement");

    private final Vocabulary vocab;
    private final SpeakerPhrase phrase;

    AttributionFinder(Vocabulary vocab) {
        this.vocab = vocab;
        this.phrase = new SpeakerPhrase(vocab);
    }

    String find(ArticleText.Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        int[] quote = s.article.quoteAround(t.get(q.numFrom()).start());
        if (quote != null) {
            return quoteSpeaker(s, quote);
        }
        String who = accordingTo(s, t);
        if (who == null) {
            who = reportingSubject(s, t, q);
        }
        if (who == null) {
            who = headlineSource(s, t);
        }
        if (who == null) {
            who = estimateOwner(s, t);
        }
        return who == null || who.isEmpty() ? null : who;
    }

    private String accordingTo(ArticleText.Sentence s, List<Token> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).is("according") && t.get(i + 1).is("to")) {
                if (i + 3 < t.size() && t.get(i + 2).is("the") && DOCUMENTS.contains(t.get(i + 3).lower())
                        && !authorFollows(t, i + 3)) {
                    return name(s, t, i + 3, i + 4); // "According to the summary, ...": the summary cited before
                }
                int[] np = phrase.right(t, authorOf(t, i + 2));
                np[1] = subjectAfter(t, np[0], np[1]);
                return name(s, t, np[0], np[1]);
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_VERBS = Set.of("has", "have", "had", "is", "are", "was", "were", "lost",
            "killed", "said", "says");

    /**
     * Where the cited name ends when a force named at its end is the subject of the clause after
     * it, in text without commas: "According to the Observatory DAESH has lost 463 fighters" cites
     * the Observatory. {@code to} itself otherwise.
     */
    private int subjectAfter(List<Token> t, int from, int to) {
        if (to >= t.size() || !CLAUSE_VERBS.contains(t.get(to).lower())) {
            return to;
        }
        for (int j = from + 1; j < to; j++) {
            PhraseTable.Match<String> f = vocab.forces.at(t, j);
            if (f != null && f.to() == to) {
                return j;
            }
        }
        return to;
    }

    /** "seen by", "obtained by": who saw a document, not who wrote it. */
    private static final Set<String> WITNESSED = Set.of("seen", "obtained", "reviewed", "viewed", "received");

    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "statement", "study", "assessment",
            "estimate", "estimates", "count", "tally", "survey", "analysis", "letter", "communique", "communiqu\u00e9",
            "release", "bulletin", "summary", "update", "briefing", "notice"); // SpeakerPhrase.STATEMENTS and more

    /** Where the author's name starts in "a report by UN experts", "a statement from the ministry"; {@code k} itself otherwise. */
    private static int authorOf(List<Token> t, int k) {
        int j = k;
        while (j < t.size() && j - k < 4 && !DOCUMENTS.contains(t.get(j).lower()) && t.get(j).isWord()
                && !t.get(j).isCapitalized()) {
            j++; // "a confidential report", "the latest UN report" stays a name
        }
        return j < t.size() && DOCUMENTS.contains(t.get(j).lower()) && authorFollows(t, j) ? j + 2 : k;
    }

    /** "report by", "statement from", "count of": the document's author follows the word after {@code document}. */
    private static boolean authorFollows(List<Token> t, int document) {
        return document + 1 < t.size()
                && (t.get(document + 1).is("by") || t.get(document + 1).is("from") || t.get(document + 1).is("of"));
    }

    private String reportingSubject(ArticleText.Sentence s, List<Token> t, Quantity q) {
        int puts = putsAt(t, q);
        if (puts >= 0) {
            int subjectEnd = puts;
            while (subjectEnd > 0 && (vocab.dateWords.at(t, subjectEnd - 1) != null
                    || PERIODS.contains(t.get(subjectEnd - 1).lower()))) {
                subjectEnd--; // "A US intelligence assessment last year put ..."
            }
            String who = subjectOf(s, t, subjectEnd, puts + 1);
            if (who != null && !who.isEmpty()) { // not "Estimates put the contingent at 12,000, Ukrainian intelligence said"
                return who; // "Ukraine's General Staff puts total Russian losses at 1,148,300"
            }
        }
        boolean headline = isTitleCase(t);
        // nearest verb before the number first, then the verbs after it, nearest first
        for (int i = q.numFrom() - 1; i >= 0; i--) {
            String who = subjectAt(s, t, i, headline);
            if (who != null) {
                return who;
            }
        }
        for (int i = q.to(); i < t.size(); i++) {
            String who = subjectAt(s, t, i, headline);
            if (who != null) {
                return who;
            }
        }
        return null;
    }

    private String subjectAt(ArticleText.Sentence s, List<Token> t, int i, boolean headline) {
        PhraseTable.Match<Boolean> verb = vocab.reportingVerbs.at(t, i);
        if (verb == null || (i > 0 && NOUN_MARKERS.contains(t.get(i - 1).lower()))
                || (t.get(i).isCapitalized() && !headline) || statesAsNoun(t, i)) {
            return null;
        }
        if (i >= 3 && t.get(i).is("saying") && t.get(i - 1).is("as") && t.get(i - 2).is("quoted")
                && PASSIVE.contains(t.get(i - 3).lower())) {
            return subjectOf(s, t, i - 3, i + 1); // "..., the NIS was quoted as saying": the NIS
        }
        if (i > 0 && PASSIVE.contains(t.get(i - 1).lower()) && verb.to() < t.size()
                && (t.get(verb.to()).is("by") || t.get(verb.to()).is("to"))) {
            // "Lawmaker Lee, who was briefed by the agency, told reporters", "the group is estimated to
            // number 6,500, the report said": a passive names what was said, not who said it
            return null;
        }
        int and = i - 1;
        while (and > 0 && COORDINATED_AUXILIARIES.contains(t.get(and).lower())) {
            and--; // "Britain leads the battlegroup ..., and has said it will send another 250"
        }
        int before = and > 1 && t.get(and - 1).is(",") ? and - 2 : and - 1;
        if (and > 0 && t.get(and).is("and") && before >= 0 && t.get(before).isWord()
                && phrase.left(t, i, 0)[0] == i) {
            String who = sentenceSubject(s, t); // "It publishes figures for Ukrainian losses, and said"
            if (who != null && !who.isEmpty()) {
                return who;
            }
        }
        if (i > 1 && t.get(i - 1).is(",") && t.get(i).lower().endsWith("ing")) {
            String who = sentenceSubject(s, t); // "The RSF disputed the account, saying it had captured 120"
            return who == null || who.isEmpty() ? null : who;
        }
        return subjectOf(s, t, i, verb.to());
    }

    private static final Set<String> PERIODS = Set.of("last", "this", "year", "week", "month");
    private static final Set<String> PUTS = Set.of("put", "puts", "putting", "places", "placed", "placing");
    /** How many words may stand between "puts" and the "at" before the number: "puts total Russian losses at". */
    private static final int PUT_REACH = 8;

    /** The "puts" of "X puts (the toll, its losses, ...) at N" for the count {@code q}, or -1. */
    private static int putsAt(List<Token> t, Quantity q) {
        int at = q.from() - 1;
        if (at < 1 || !t.get(at).is("at")) {
            return -1;
        }
        for (int k = at - 1; k >= Math.max(0, at - PUT_REACH); k--) {
            if (t.get(k).isClauseBreak()) {
                return -1;
            }
            if (PUTS.contains(t.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "the Baltic states and Finland": "states" says something only before "that", a comma, a colon
     * or a quote, and never after "the" and a name ("the Gulf states, ...").
     */
    private static boolean statesAsNoun(List<Token> t, int i) {
        if (!t.get(i).is("states")) {
            return false;
        }
        if (i >= 2 && t.get(i - 1).isCapitalized() && t.get(i - 2).is("the")) {
            return true; // "the Baltic states, to around 70,000"
        }
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        return next == null || !(next.is("that") || next.is(",") || next.is(":") || next.is("\"") || next.is("\u201c"));
    }

    /** The speaker of the verb at {@code verb}; "" for an unnamed one, null when none is read. */
    private String subjectOf(ArticleText.Sentence s, List<Token> t, int verb, int verbEnd) {
        boolean reportsTo = verbEnd + 1 < t.size() && (t.get(verbEnd).is("to") || t.get(verbEnd + 1).is("to"));
        if (verb >= 3 && (t.get(verb - 1).is("which") || t.get(verb - 1).is("who")) && t.get(verb - 2).is(",")
                && !reportsTo) { // not "the Africa Corps, which reports directly to the ministry"
            int[] antecedent = phrase.left(t, verb - 2, 0);
            if (antecedent[0] < antecedent[1]) {
                return name(s, t, antecedent[0], antecedent[1]); // "The SDF, which says it has 100,000 fighters"
            }
        }
        int[] np = phrase.left(t, verb, 0);
        if (np[0] == np[1] && verb >= 2 && t.get(verb - 2).is("the")
                && SpeakerPhrase.STATEMENTS.contains(t.get(verb - 1).lower())) {
            return name(s, t, verb - 1, verb); // "The communique said": the communique cited before
        }
        if (np[0] == np[1] || (np[1] == verb && verb > 0 && t.get(verb - 1).is(",") && np[1] - np[0] > 6)) {
            np = phrase.right(t, verbEnd);
            if (np[0] < np[1] && vocab.isNumber(t.get(np[0]))) {
                return null; // "..., said two Ghanaian peacekeepers were wounded": what was said, not who said it
            }
        }
        if (np[0] == np[1]) {
            return null;
        }
        if (np[0] >= 2 && t.get(np[0] - 1).is("in")) {
            int[] body = phrase.left(t, np[0] - 1, 0);
            if (body[0] < body[1] && vocab.forces.firstIn(t, body[0], body[1]) != null) {
                np = body; // "A senior Hamas official in Doha said": the official, whose side is named, not where they sit
            }
        }
        if (np[0] >= 3 && t.get(np[0] - 1).is("in") && BASED.contains(t.get(np[0] - 2).lower())) {
            int[] body = phrase.left(t, np[0] - 2, 0);
            if (body[0] < body[1]) {
                np = body; // "the Syrian Observatory for Human Rights based in Britain said": the Observatory
            }
        }
        if (np[0] >= 3 && t.get(np[0] - 1).is("by") && WITNESSED.contains(t.get(np[0] - 2).lower())) {
            int[] body = phrase.left(t, np[0] - 2, 0);
            if (body[0] < body[1]) {
                np = body; // "a report by UN experts seen by Reuters said": the experts, not whoever saw it
            }
        }
        String who = name(s, t, np[0], np[1]);
        if ("".equals(who) && (t.get(verb).is("told") || t.get(verb).is("tells"))) {
            int[] to = phrase.right(t, verbEnd);
            PhraseTable.Match<String> agency = to[0] < to[1] ? vocab.speakerParties.at(t, to[0]) : null;
            if (agency != null && agency.to() == to[1] && !PartyResolver.NO_SIDE.equals(agency.value())) {
                return name(s, t, to[0], to[1]); // "A military source told SANA": a state's agency passes on its source
            }
        }
        if ("".equals(who) && np[0] > 1 && (t.get(np[0] - 1).is("to") || t.get(np[0] - 1).is("citing"))) {
            // "Wood was referring to intelligence indicating that ...": the citing subject speaks
            String main = sentenceSubject(s, t);
            if (main != null) {
                return main;
            }
        }
        return who;
    }

    /** The name the sentence opens with, as {@link #name} reads it; null when it opens with none. */
    private String sentenceSubject(ArticleText.Sentence s, List<Token> t) {
        int[] np = phrase.right(t, 0);
        return np[1] > np[0] ? name(s, t, np[0], np[1]) : null;
    }

    private static final Set<String> BASED = Set.of("based", "headquartered");
    private static final Set<String> COORDINATED_AUXILIARIES = Set.of("has", "have", "had", "also");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are");
    /** A state's armed institution named alone with "the": a speaker of its own. */
    private static final Set<String> INSTITUTIONS = Set.of("military", "army", "navy", "police");

    /** A headline in title case ("Pentagon Says 10,000 Troops..."), where verbs are capitalised too. */
    private static boolean isTitleCase(List<Token> t) {
        int words = 0;
        int capitalized = 0;
        for (Token tok : t) {
            if (tok.isWord() && tok.lower().length() > 3) {
                words++;
                if (tok.isCapitalized()) {
                    capitalized++;
                }
            }
        }
        return words > 0 && capitalized * 10 >= words * 7;
    }

    private String headlineSource(ArticleText.Sentence s, List<Token> t) {
        for (int i = t.size() - 2; i >= Math.max(0, t.size() - 6); i--) {
            if (t.get(i).is(":") || t.get(i).is("—") || (t.get(i).is("-") && t.get(i).spaceBefore())) {
                int[] np = phrase.right(t, i + 1);
                int end = np[1];
                if (end == t.size() || (end == t.size() - 1 && t.get(end).isPunct())) {
                    return name(s, t, np[0], np[1]);
                }
            }
        }
        return null;
    }

    private String estimateOwner(ArticleText.Sentence s, List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            if (!ESTIMATE_NOUNS.contains(t.get(i).lower())) {
                continue;
            }
            if (t.get(i - 1).is("'s")) {
                int[] np = phrase.left(t, i - 1, 0);
                if (np[0] < np[1]) {
                    return name(s, t, np[0], np[1]);
                }
            }
            for (int k = i + 1; k < Math.min(t.size() - 1, i + 3); k++) {
                if (t.get(k).is("by") || t.get(k).is("from")) {
                    int[] np = phrase.right(t, k + 1);
                    if (np[0] < np[1]) {
                        return name(s, t, np[0], np[1]);
                    }
                }
            }
        }
        return null;
    }

    private String quoteSpeaker(ArticleText.Sentence s, int[] quote) {
        ArticleText a = s.article;
        int para = s.para;
        int paraEnd = a.paragraphEnd(para);
        if (quote[1] < paraEnd) {
            List<Token> after = a.tokenize(quote[1] + 1, Math.min(paraEnd, quote[1] + 160));
            boolean comma = !after.isEmpty() && after.get(0).is(",") || quote[1] > 0 && a.text.charAt(quote[1] - 1) == ',';
            int reach = comma ? QUOTE_VERB_REACH : QUOTE_VERB_REACH_RUN_ON; // '...hiding," Hamdullah Naseri, ...'
            for (int i = 0; i < Math.min(after.size(), reach); i++) {
                if (after.get(i).is(".") || after.get(i).is("?") || after.get(i).is("!")) {
                    break;
                }
                PhraseTable.Match<Boolean> verb = vocab.reportingVerbs.at(after, i);
                if (verb != null) {
                    String who = subjectOf(s, after, i, verb.to());
                    if (who != null) {
                        return who.isEmpty() ? null : who;
                    }
                }
            }
        }
        int paraStart = a.paragraphStart(para);
        List<Token> before = a.tokenize(Math.max(paraStart, quote[0] - 160), quote[0]);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).is(".") || before.get(i).is("?") || before.get(i).is("!")) {
                break; // "the army said it had lost 12 soldiers and that "about 40 terrorists ..."": its sentence's speaker
            }
            PhraseTable.Match<Boolean> verb = vocab.reportingVerbs.at(before, i);
            if (verb != null) {
                String who = subjectOf(s, before, i, verb.to());
                if (who != null) {
                    return who.isEmpty() ? null : who;
                }
            }
        }
        return previousSpeaker(s);
    }

    /**
     * Verbs that say who spoke without stating a figure of theirs ("the junta spokesman denied the
     * surrender. He said only 18 ..."): "he" may point back to their subject, but the sentence's own
     * numbers are not the subject's claims, so these are no reporting verbs. "X puts the toll at N"
     * points back the same way ("On Monday it reported ...").
     */
    private static final Set<String> DENIALS = Set.of("denied", "denies", "rejected", "rejects", "dismissed",
            "dismisses", "disputed", "disputes");

    /** The last named speaker in the sentences before {@code s} (also whom "a lawmaker briefed by the agency" relays). */
    String previousSpeaker(ArticleText.Sentence s) {
        int n = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); prev != null && n < LOOK_BACK_SENTENCES;
             prev = s.article.previous(prev), n++) {
            List<Token> t = prev.tokens();
            for (int i = t.size() - 1; i >= 0; i--) {
                PhraseTable.Match<Boolean> verb = vocab.reportingVerbs.at(t, i);
                boolean denial = verb == null && (DENIALS.contains(t.get(i).lower()) || PUTS.contains(t.get(i).lower()));
                if (verb == null && !denial || (i > 0 && NOUN_MARKERS.contains(t.get(i - 1).lower()))) {
                    continue;
                }
                int[] np = phrase.left(t, i, 0);
                if (np[0] == np[1] && !denial) {
                    np = phrase.right(t, verb.to());
                }
                while (np[0] < np[1] && LEADING_NOISE.contains(t.get(np[0]).lower())) {
                    np[0]++;
                }
                if (np[0] < np[1] && !PRONOUNS.contains(t.get(np[0]).lower()) && !unnamed(t, np[0], np[1])) {
                    String who = clean(prev, t, np[0], np[1]);
                    if (who != null) {
                        return fullest(s.article, who, np[1] - np[0]);
                    }
                }
            }
            String cited = accordingTo(prev, t);
            if (cited != null && !cited.isEmpty()) {
                return cited; // "according to a report by UN experts ... The report said"
            }
        }
        return null;
    }

    /** The author of the last "{@code document} by X" ("a report by UN experts") in the sentences before {@code s}, or null. */
    private String earlierAuthor(ArticleText.Sentence s, String document) {
        int n = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); prev != null && n < LOOK_BACK_SENTENCES;
             prev = s.article.previous(prev), n++) {
            List<Token> t = prev.tokens();
            for (int i = t.size() - 2; i >= 0; i--) {
                if (t.get(i).is(document) && authorFollows(t, i)) {
                    int[] np = phrase.right(t, i + 2);
                    String who = np[0] < np[1] ? name(prev, t, np[0], np[1]) : null;
                    if (who != null && !who.isEmpty()) {
                        return who;
                    }
                }
            }
        }
        return null;
    }

    /** The speaker named by tokens {@code [from, to)}: "" when unnamed, resolved for pronouns and surnames. */
    private String name(ArticleText.Sentence s, List<Token> t, int from, int to) {
        if (to - from == 1 && from > 0 && t.get(from - 1).is("the") && DOCUMENTS.contains(t.get(from).lower())) {
            String author = earlierAuthor(s, t.get(from).lower()); // "..., the report said": the report cited before
            if (author == null && SpeakerPhrase.STATEMENTS.contains(t.get(from).lower())) {
                author = previousSpeaker(s); // "a ministry communique said ... The communique said": the ministry
            }
            return author == null ? "" : author;
        }
        while (from < to && (LEADING_NOISE.contains(t.get(from).lower()) || vocab.isNumber(t.get(from)))) {
            from++;
        }
        while (from < to && vocab.dateWords.at(t, to - 1) != null) {
            to--; // "a monitor said Saturday": the day is no speaker
        }
        if (from >= to) {
            return "";
        }
        if (to - from == 1 && PRONOUNS.contains(t.get(from).lower())) {
            String prev = previousSpeaker(s);
            return prev == null ? "" : prev;
        }
        String who = clean(s, t, from, to);
        if (who != null && unnamed(t, from, to) && from > 0 && t.get(from - 1).is("the") && to - from == 1
                && BACK_REFERENCES.contains(t.get(from).lower())) {
            String prev = previousSpeaker(s); // "..., the officials said": the officials named before
            return prev == null ? "" : prev;
        }
        if (who != null && from > 0 && t.get(from - 1).is("the") && to - from == 1 && INSTITUTIONS.contains(t.get(from).lower())) {
            return who; // "the military said": the institution itself, not "military sources"
        }
        if (who == null || unnamed(t, from, to)) {
            return "";
        }
        PhraseTable.Match<String> party = vocab.forces.at(t, from);
        if (party != null && (party.to() >= to || party.to() == to - 1 && INSTITUTIONS.contains(t.get(to - 1).lower()))) {
            return who; // "Pentagon", "Kyiv", "NATO", "the Indian Army": a name in full already
        }
        return fullest(s.article, who, to - from);
    }

    private static String clean(ArticleText.Sentence s, List<Token> t, int from, int to) {
        while (to > from && (t.get(to - 1).isPunct() || t.get(to - 1).is("'s"))) {
            to--;
        }
        if (to <= from) {
            return null;
        }
        return afterDateline(oneLine(s.article.text, t.get(from).start(), t.get(to - 1).end()));
    }

    /** "BOGOTA -- The Army", "MEXICO CITY — President Claudia Sheinbaum": the dateline is no part of the speaker. */
    private static String afterDateline(String who) {
        int cut = Math.max(who.lastIndexOf(" -- "), who.lastIndexOf(" \u2014 "));
        int dash = who.indexOf(" - ");
        if (cut < 0 && dash > 0 && who.substring(0, dash).equals(who.substring(0, dash).toUpperCase(java.util.Locale.ROOT))) {
            cut = dash; // "BUEA - Cameroon's army": a dateline in capitals before a single dash
        }
        if (cut < 0) {
            return who;
        }
        String rest = who.substring(who.indexOf(' ', cut + 1) + 1).strip();
        if (rest.startsWith("The ") || rest.startsWith("the ")) {
            rest = rest.substring(4);
        }
        return rest.isEmpty() ? who : rest;
    }

    /** The text as one line with plain apostrophes: how a speaker is written into a claim. */
    private static String oneLine(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c == '\u2019' ? '\'' : c);
        }
        return b.toString();
    }

    private boolean unnamed(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).isWord() && !vocab.unnamedSpeakers.contains(t.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A surname alone ("Wood", "Ambassador Wood") gives the fullest mention of it in the article. */
    private String fullest(ArticleText a, String who, int words) {
        if (words > 2) {
            return who;
        }
        return a.fullestMentions.computeIfAbsent(who, w -> fullestMention(a, w));
    }

    private String fullestMention(ArticleText a, String who) {
        String surname = who.substring(who.lastIndexOf(' ') + 1);
        if (surname.isEmpty() || !Character.isUpperCase(surname.charAt(0)) || surname.indexOf('.') >= 0) {
            return who;
        }
        String best = who;
        for (int at = a.text.indexOf(surname); at >= 0; at = a.text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (end < a.text.length() && Character.isLetter(a.text.charAt(end))) {
                continue;
            }
            int para = a.paragraphAt(at);
            if (para < 0) {
                continue;
            }
            int from = Math.max(a.paragraphStart(para), at - 80);
            List<Token> t = a.tokenize(from, end);
            if (t.isEmpty()) {
                continue;
            }
            int[] np = phrase.left(t, t.size(), 0);
            np[1] = t.size();
            while (np[0] < np[1] && LEADING_NOISE.contains(t.get(np[0]).lower())) {
                np[0]++;
            }
            if (np[1] - np[0] >= 2 && t.get(np[1] - 2).isCapitalized()) {
                String mention = oneLine(a.text, t.get(np[0]).start(), end);
                if (mention.length() > best.length() && mention.length() < 90) {
                    best = mention;
                }
            }
        }
        return best;
    }
}

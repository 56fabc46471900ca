package claimwatch.extract;

import claimwatch.ingest.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's text into the personnel claims it states (the records of the claim
 * contract). Pure Java: the topology and the offline {@code extract} command call the same
 * immutable, thread-safe instance.
 *
 * <p>One cheap pass finds where numbers are ({@link TriggerScanner}); only sentences holding one
 * are split, tokenised and read: the number's phrase ({@link QuantityFinder}, {@link
 * NumberParser}), whether it counts personnel ({@link PersonnelFinder}), whose ({@link
 * ForceResolver}), what happened to them ({@link MeasureResolver}), where ({@link
 * LocationFinder}) and who says so ({@link AttributionFinder}). Repeats are merged
 * ({@link ClaimMerger}).
 *
 * <p>Vague amounts ("thousands of troops", "a few thousand", "a small number") are kept as
 * claims with {@code value} null and their words in {@code amount}, qualified {@code approx}
 * unless a hedge says otherwise: they stay out of numeric series but are not lost. A claim read
 * from an article's separate title has evidence offsets -1, since they point into {@code text}.
 */
public final class ClaimExtractor {

    /** Words that make a casualty noun military without naming the force ("troop deaths"). */
    private static final Set<String> MILITARY = Set.of("military", "troop", "army", "combat", "battlefield",
            "service", "soldier", "soldiers'", "servicemen's", "frontline", "front-line");

    /** A toll this large, with no place in its own clause, is counted over the whole war, not in a town named nearby. */
    private static final long NATIONAL_TOLL = 1000;
    /**
     * Fewer personnel than this "deployed" are people in a story (two gunmen, a crew, one of the
     * attackers), not a force's strength: none of the 55 such claims judged in eval/precision was right.
     */
    private static final long FEWEST_DEPLOYED = 10;
    /** How far back "the city" may look for the city it means, across paragraphs. */
    private static final int DEFINITE_PLACE_SENTENCES_BACK = 12;

    /** How many sentences back in its paragraph a count without a place looks for one. */
    private static final int PLACE_SENTENCES_BACK = 2;

    /** How many paragraphs a claim's force carries over to counts that name none. */
    private static final int TOPIC_PARAGRAPHS = 2;

    private final Vocabulary vocab;
    private final TriggerScanner scanner;
    private final SentenceSplitter splitter;
    private final QuantityFinder quantities;
    private final PersonnelFinder personnel;
    private final ForceResolver forces;
    private final MeasureResolver measures;
    private final LocationFinder locations;
    private final AttributionFinder attribution;
    private final PartyResolver parties;
    private final KindFinder kinds;
    private final NotAClaim notAClaim;
    private final SideResolver sides;
    private final ArticleCountry countries;
    private final ClaimMerger merger;

    private ClaimExtractor(Vocabulary vocab) {
        this.vocab = vocab;
        // personnel nouns and count cues: a sentence with numbers but none of these holds no claim
        Set<String> personnelOrCue = new java.util.HashSet<>(vocab.personnelWords);
        personnelOrCue.addAll(PersonnelFinder.COUNT_CUES);
        this.scanner = new TriggerScanner(vocab.triggerWords, personnelOrCue);
        this.splitter = new SentenceSplitter(vocab.abbreviations);
        this.quantities = new QuantityFinder(vocab);
        this.personnel = new PersonnelFinder(vocab);
        this.forces = new ForceResolver(vocab);
        this.measures = new MeasureResolver(vocab);
        this.locations = new LocationFinder(vocab);
        this.attribution = new AttributionFinder(vocab);
        this.parties = new PartyResolver(vocab);
        this.kinds = new KindFinder(vocab);
        this.notAClaim = new NotAClaim(vocab);
        this.sides = new SideResolver(vocab);
        this.countries = new ArticleCountry(vocab);
        this.merger = new ClaimMerger(vocab.gazetteer(), vocab.rebelsOf.values());
    }

    public static ClaimExtractor withDefaultVocabulary() {
        return new ClaimExtractor(Vocabulary.defaults());
    }

    /** An extractor reading with {@code vocabulary}, e.g. {@code Vocabulary.fromDirectory(path)}. */
    public static ClaimExtractor withVocabulary(Vocabulary vocabulary) {
        return new ClaimExtractor(vocabulary);
    }

    public Vocabulary vocabulary() {
        return vocab;
    }

    public List<Claim> extract(Article article) {
        List<Claim> claims = new ArrayList<>();
        String text = article.text() == null ? "" : article.text();
        String title = article.title();
        if (title != null && !title.isBlank() && !text.contains(title.strip())) {
            read(article, title, false, claims);
        }
        read(article, text, true, claims);
        return merger.mergeAll(claims);
    }

    private void read(Article article, String text, boolean offsetsValid, List<Claim> out) {
        char[] chars = text.toCharArray();
        TriggerScanner.Hits found = scanner.scan(chars);
        int[] hits = found.numbers();
        if (hits.length == 0 || found.personnel().length == 0) {
            return;
        }
        ArticleText at = new ArticleText(text, chars, vocab.tokenizer, splitter);
        Topic topic = null;
        ArticleText.Sentence spanSentence = null; // the last sentence whose toll named a recent period
        Claim spanClaim = null; // that toll
        for (int h = 0; h < hits.length; ) {
            int para = at.paragraphAt(hits[h]);
            if (para >= 0 && !found.personnelIn(at.paragraphStart(para), at.paragraphEnd(para))) {
                int end = at.paragraphEnd(para);
                while (h < hits.length && hits[h] < end) {
                    h++; // numbers in a paragraph that names no personnel: not even split into sentences
                }
                continue;
            }
            ArticleText.Sentence s = at.sentenceAt(hits[h]);
            if (s == null) {
                h++;
                continue;
            }
            int first = h;
            while (h < hits.length && hits[h] < s.end) {
                h++;
            }
            ArticleText.Sentence before = at.previous(s);
            if (!found.personnelIn(s.start, s.end) && (before == null || !found.personnelIn(before.start, before.end))) {
                // numbers, but nothing they could count as personnel, here or just before
                // ("... 8,100 troops. Over 4,000 of them have been neutralised"): not read closely
                continue;
            }
            if (notAClaim.in(s)) {
                continue; // awards, courses, pay, exchanges: their counts are not claims
            }
            Claim previous = null;
            Quantity previousQuantity = null;
            Quantity previousOther = null;
            for (Quantity q : quantities.findAround(s.tokens(), hits, first, h)) {
                Claim c = claim(article, s, q, offsetsValid, topic, previous);
                if (c != null && previousOther != null && (previousQuantity == null || previousQuantity.to() < previousOther.to())
                        && continuesOther(s.tokens(), previousOther, q) && ownNounMissing(s.tokens(), q)) {
                    c = null; // "some 80 people were killed and 200 injured": more of the people, not personnel
                }
                if (c == null) {
                    previousOther = q;
                }
                if (c != null && previous != null && c.measure() == Measure.DEPLOYED
                        && previous.measure() != Measure.DEPLOYED && coordinated(s.tokens(), previousQuantity, q)) {
                    c = c.withMeasure(previous.measure()); // "claimed the lives of 129 loyalists and 116 rebels"
                }
                if (c != null && c.kind() == Kind.INCREMENT && c.measure() != Measure.DEPLOYED && kinds.namesRecentPeriod(s.tokens())) {
                    spanSentence = s;
                    spanClaim = c;
                } else if (c != null && c.kind() == Kind.TOTAL && c.measure() != Measure.DEPLOYED && spanSentence != null
                        && spanSentence != s && (spanSentence.para == s.para && withinSentences(at, spanSentence, s, PERIOD_SENTENCES)
                        || dailyReport(article, spanSentence, spanClaim, c)) && !kinds.cumulative(s.tokens(), q)) {
                    // "... killed 120 fighters over the past 24 hours. Some 40 were killed around Abu Kamal"; a period
                    // named in another paragraph is another speaker's ("The RSF said it had captured 150 soldiers"),
                    // unless the whole article reports that period's losses
                    c = c.withKind(Kind.INCREMENT);
                }
                if (c != null) {
                    previous = c;
                    previousQuantity = q;
                    out.add(c);
                    if (c.force() != null) {
                        topic = new Topic(c.force(), s.para, c.location());
                    }
                }
            }
        }
    }

    /**
     * Whether the article is a report of one period's losses, whose every toll of the same force is
     * that period's: its headline and its opening paragraph name the period ("Ukrainian army loses up
     * to 1,285 troops in past day", "... lost up to 1,285 servicemen over the past 24 hours ...").
     */
    private boolean dailyReport(Article article, ArticleText.Sentence span, Claim spanned, Claim c) {
        List<Token> title = titleTokens(article, span.article);
        return span.para == 0 && title != null && kinds.namesRecentPeriod(title) && c.force() != null
                && c.force().equals(spanned.force()) && c.measure() == spanned.measure(); // the same force's same losses
    }

    /** How many sentences after a toll over "the past 24 hours" its breakdown may follow and share the period. */
    private static final int PERIOD_SENTENCES = 2;

    /** Whether {@code later} comes at most {@code n} sentences after {@code earlier}. */
    private static boolean withinSentences(ArticleText at, ArticleText.Sentence earlier, ArticleText.Sentence later, int n) {
        ArticleText.Sentence s = later;
        for (int back = 0; back < n && s != null; back++) {
            s = at.previous(s);
            if (s == earlier) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token at or after {@code offset}. */
    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String articleCountry(Article article, ArticleText.Sentence s) {
        return s.article.country(() -> countries.of(article.source(), article.title(), s.article.allTokens()));
    }

    /** The headline's tokens, tokenised once an article (null without a headline). */
    private List<Token> titleTokens(Article article, ArticleText at) {
        return at.titleTokens(() -> article.title() == null ? null : vocab.tokenizer.tokenize(article.title()));
    }

    /** "... had blown themselves up", "before blowing himself up" as the count's own verb, within a few words. */
    private static boolean blewThemselvesUp(List<Token> t, int from) {
        for (int k = from; k + 1 < Math.min(t.size(), from + BLEW_REACH); k++) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            boolean self = t.get(k).is("themselves") || t.get(k).is("himself") || t.get(k).is("herself");
            if (self && t.get(k + 1).is("up") && k > 0 && (t.get(k - 1).lower().startsWith("blow") || t.get(k - 1).is("blew"))) {
                return true; // "... had blown themselves up", "fired on a gathering before blowing himself up"
            }
        }
        return false;
    }

    private static final int BLEW_REACH = 20;

    /** "They" as the subject of the number's clause: "They have already lost more than 23,000 soldiers". */
    private static boolean theyBefore(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= 0 && !t.get(k).isClauseBreak(); k--) {
            if (t.get(k).is("they") || t.get(k).is("They")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the side an official release named first in the sentences just before this one,
     * within two sentences, is its enemy ("the occupiers", "Russian troops") rather than its own ("our
     * defenders"): whom its "they" stands for.
     */
    private boolean enemyLastNamed(ArticleText.Sentence s, String official) {
        String enemy = vocab.enemyOf.get(official);
        int back = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); enemy != null && prev != null && back < 2;
             prev = s.article.previous(prev), back++) {
            List<Token> t = prev.tokens();
            for (int k = 0; k < t.size(); k++) { // the first side a sentence names is its subject
                PhraseTable.Match<String> f = vocab.forces.at(t, k);
                if (t.get(k).is("our") || t.get(k).is("Our") || f != null && f.value().equals(official)) {
                    return false;
                }
                if (f != null && f.value().equals(enemy) || vocab.sides.at(t, k) != null
                        && SideResolver.ENEMY.equals(vocab.sides.at(t, k).value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "our servicemen", "our heroes": the speaker's own side. */
    private static boolean ownedByUs(List<Token> t, Personnel p) {
        for (int k = Math.max(0, p.modFrom()); k < p.nounFrom(); k++) {
            if (t.get(k).is("our")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the personnel are: a place in the number's own clause, else one named anywhere in its
     * sentence, in the two sentences before it in its paragraph, in the title, else the state the
     * article is about.
     */
    private String placeOf(Article article, ArticleText.Sentence s, Quantity q, String force, Measure measure,
                           Topic topic) {
        String place = locations.find(s.tokens(), q);
        if (place != null && measure != Measure.DEPLOYED && force != null
                && force.equals(vocab.gazetteer().iso(place)) && vocab.gazetteer().parent(place) == null) {
            place = null; // "Russian soldiers killed": killed where the war is, not in Russia
        }
        if (place == null) {
            place = locations.unknownAfter(s.tokens(), q); // "killed in Wajiroko": a place the gazetteer lacks
        }
        if (place == null) {
            place = locations.featureBefore(s.tokens(), q); // "clashes near the Tishreen Dam ... killed 26"
        }
        if (place != null) {
            return place;
        }
        if (measure == Measure.DEPLOYED && vocab.isState(force) && locations.wholeMilitaryOf(s.tokens(), q, force)) {
            return vocab.gazetteer().countryOfIso(force); // "Taiwan's armed forces number around 215,000"
        }
        if (q.value() != null && q.value() >= NATIONAL_TOLL && measure != Measure.DEPLOYED) {
            String country = articleCountry(article, s);
            if (country != null && !country.equals(force)) {
                return vocab.gazetteer().countryOfIso(country); // 1,365 losses in a day: the war's, not a town's
            }
        }
        place = locations.anywhere(s.tokens(), q);
        int back = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); place == null && prev != null && prev.para == s.para
                && back < PLACE_SENTENCES_BACK; prev = s.article.previous(prev), back++) {
            place = locations.anywhere(prev.tokens(), Quantity.PAST_THE_END);
        }
        if (topic != null && topic.location() != null && s.para - topic.para() <= 1 && !vocab.gazetteer().isCountry(topic.location())
                && locations.namesTheEventBefore(s.tokens())
                && (place == null || vocab.gazetteer().canonical(topic.location()) == null
                || vocab.gazetteer().within(topic.location(), place))) {
            place = topic.location(); // "ISWAP said it had killed 20 soldiers during the raid": the raid's place
        }
        if (place == null && locations.namesAPlaceBefore(s.tokens())) {
            place = placeSpokenOf(s);
        }
        if (place == null && article.title() != null) {
            place = locations.anywhere(vocab.tokenizer.tokenize(article.title()), Quantity.PAST_THE_END);
        }
        if (place == null) {
            String country = articleCountry(article, s);
            place = country == null || country.equals(force) ? null : vocab.gazetteer().countryOfIso(country);
        }
        return place;
    }


    /**
     * "... killed 28 and wounded 30 militants in the city": the place the sentences before name
     * most, the latest on a tie (Mariupol, named three times, not Rostov named once in passing).
     */
    private String placeSpokenOf(ArticleText.Sentence s) {
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, String> written = new java.util.LinkedHashMap<>(); // latest first; the latest spelling of each place, as the text writes it
        int back = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); prev != null && back < DEFINITE_PLACE_SENTENCES_BACK;
             prev = s.article.previous(prev), back++) {
            List<String> named = new ArrayList<>();
            locations.placesIn(prev.tokens(), named);
            for (int k = named.size() - 1; k >= 0; k--) {
                String canonical = vocab.gazetteer().canonical(named.get(k));
                String key = canonical != null ? canonical : named.get(k);
                mentions.merge(key, 1, Integer::sum);
                written.putIfAbsent(key, named.get(k));
            }
        }
        String best = null;
        for (Map.Entry<String, String> e : written.entrySet()) {
            if (best == null || mentions.get(e.getKey()) > mentions.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? null : written.get(best);
    }

    /** "80 people were killed and 200 injured": count {@code b} joins count {@code a} with no personnel named between. */
    private boolean continuesOther(List<Token> t, Quantity a, Quantity b) {
        if (b.from() - a.to() > 8) {
            return false;
        }
        boolean joined = false;
        for (int k = a.to(); k < b.from(); k++) {
            if (vocab.personnel.at(t, k) != null && vocab.measures.at(t, k) == null) {
                return false;
            }
            joined |= t.get(k).is("and") || t.get(k).is(",");
        }
        return joined;
    }

    /** Whether no personnel noun of its own follows the number, only a fate ("200 injured") or nothing ("30 others"). */
    private boolean ownNounMissing(List<Token> t, Quantity q) {
        for (int k = q.to(); k < Math.min(t.size(), q.to() + 5); k++) {
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null) {
                return !noun.value().needs().isEmpty() && noun.value().measure() != null; // "200 injured"
            }
            if (!t.get(k).isWord() && !t.get(k).is("-")) {
                return true;
            }
        }
        return true;
    }

    /** Words that join two counts into one list, whose verb says what happened to both. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "as", "well", "along", "with", "plus", "including",
            "besides", ",");

    /** Whether count {@code b} continues the list that count {@code a} opened: only nouns, modifiers and conjunctions between. */
    private boolean coordinated(List<Token> t, Quantity a, Quantity b) {
        boolean joined = false;
        for (int k = a.to(); k < b.from(); k++) {
            Token tok = t.get(k);
            if (CONJUNCTIONS.contains(tok.lower())) {
                joined |= !tok.is(",");
                continue;
            }
            if (tok.isPunct() && !tok.is("-") || vocab.measures.at(t, k) != null || vocab.reportingVerbs.at(t, k) != null) {
                return false;
            }
        }
        return joined && b.from() - a.to() <= 10;
    }

    /** The force of the last claim read, its paragraph and place: what a later count without them is about. */
    private record Topic(String force, int para, String location) {
    }

    /**
     * The claim a quantity states, or null. {@code previous} is the claim read just before in the
     * same sentence: a count without a noun after it ("726,120 troops ..., including 1,690 in the
     * past day") counts the same personnel, with the same fate.
     */
    private Claim claim(Article article, ArticleText.Sentence s, Quantity q, boolean offsetsValid, Topic topic,
                        Claim previous) {
        List<Token> t = s.tokens();
        Personnel p = personnel.find(s, q);
        if (p == null) {
            return null;
        }
        if ((p.implied() || p.needsForce()) && civiliansAfter(t, p.implied() || p.nounTo() < 0 ? q.to() : p.nounTo())) {
            return null; // "106 injured, including women and children": a toll of civilians
        }
        if ((p.implied() || fateNoun(t, p) || othersNoun(t, p)) && civiliansCountedBefore(s, q)) {
            return null; // "40 civilians and 25 fighters killed, 110 injured": a bare toll after civilians is theirs, or mixed
        }
        if (!p.implied() && p.nounTo() > 0 && withFamilies(t, p.nounTo())) {
            return null; // "some 150 rebels and their families will be evacuated": fighters and civilians together
        }
        if (blewThemselvesUp(t, p.implied() || p.nounTo() < 0 ? q.to() : p.nounTo())) {
            return null; // "two fighters ... had blown themselves up": the attackers, not a toll
        }
        if (p.needsForce() && !p.implied() && policeOwnThem(t, q)) {
            return null; // "police deployed another 2,000 officers": police, not armed forces
        }
        boolean sameAsPrevious = (p.implied() || fateNoun(t, p)) && previous != null && previous.value() != null;
        Measure measure = measures.resolve(t, q, p);
        if (measure == Measure.DEPLOYED && sameAsPrevious) {
            measure = previous.measure(); // no verb of its own: "..., including 1,690 in the past day"
        }
        if (measure == Measure.DEPLOYED && q.value() != null && q.value() < FEWEST_DEPLOYED) {
            return null; // "two gunmen attacked the station", "six members of his unit": people in a story, not a force's strength
        }
        boolean partOfPrevious = previous != null && previous.force() != null && includedIn(t, q);
        Speaker speaker = speaker(article, s, q, measure);
        String reporter = speaker.who() != null && measure != Measure.DEPLOYED && measure != Measure.CAPTURED
                && !measures.saidBefore(t, q) ? reportingSide(speaker) : null;
        Owner owner = owner(article, s, q, p, topic, sameAsPrevious || partOfPrevious ? previous : null, measure, reporter,
                speaker.party());
        if (owner == null) {
            return null;
        }
        String force = owner.force();
        if (force == null && !owner.bothSides() && !owner.opponents() && speaker.who() != null && measure != Measure.DEPLOYED
                && measure != Measure.CAPTURED && !measures.saidBefore(t, q)) {
            // "Israel's military said 2 soldiers were killed": a side reporting its own dead;
            // but a state's "3,000 fighters killed" are the group it fought, named here or in the title
            String own = reporter;
            force = vocab.isState(own) && headIn(t, p, FIGHTER_NOUNS) ? sides.groupNear(t, q, titleTokens(article, s.article))
                    : own != null && vocab.groupIds.contains(own) && headIn(t, p, STATE_NOUNS) ? stateOfArticle(article, s)
                    : own; // and a group's "six soldiers killed" are the state's it fights
        }
        String location = placeOf(article, s, q, force, measure, topic);
        Kind kind = kinds.find(t, q, p, measure);
        int start = t.get(q.from()).start();
        int end = t.get(q.to() - 1).end();
        Evidence evidence = offsetsValid ? new Evidence(s.text(), start, end) : new Evidence(s.text(), -1, -1);
        Qualifier qualifier = q.vague() && q.qualifier() == Qualifier.EXACT ? Qualifier.APPROX : q.qualifier();
        return new Claim(article.id(), force, measure, q.value(), q.high(), qualifier, location, speaker.who(),
                speaker.party(), kind, evidence, s.article.text.substring(start, end), article.publishedAt(),
                article.source());
    }

    /** Nouns a state does not call its own soldiers by. */
    private static final Set<String> FIGHTER_NOUNS = Set.of("fighters", "fighter", "militants", "militiamen", "gunmen",
            "operatives", "insurgents");

    /** Whether the count's noun, its own or the one it stands for, is one of {@code nouns}: "3,000 fighters". */
    private static boolean headIn(List<Token> t, Personnel p, Set<String> nouns) {
        return p.nounFrom() >= 0 && p.nounTo() > 0 && nouns.contains(t.get(p.nounTo() - 1).lower());
    }

    /** "blue-helmet": a word that makes a story's peacekeepers the UN's, besides the UN's names in forces.txt. */
    private static final String BLUE_HELMETS = "blue-helmet";

    /** Whether the article names the UN or one of its missions (UNIFIL, MONUSCO, ...), or blue helmets. */
    /**
     * Whether the UN is named where it decides whose peacekeepers a count's are: in the article, or, for
     * peacekeepers whose own phrase names a state ("13 South African peacekeepers" of a SADC mission),
     * in their sentence or the one before it in their paragraph.
     */
    private boolean unNearby(ArticleText.Sentence s, boolean ownPhrase, String force) {
        if (!(ownPhrase && force != null && vocab.isState(force))) {
            return s.article.namesTheUn(() -> namesTheUn(s.article.allTokens()));
        }
        ArticleText.Sentence before = s.article.previous(s);
        return namesTheUn(s.tokens()) || before != null && before.para == s.para && namesTheUn(before.tokens());
    }

    private boolean namesTheUn(List<Token> all) {
        for (int i = 0; i < all.size(); i++) {
            PhraseTable.Match<String> f = vocab.forces.at(all, i);
            if (f != null && "UN".equals(f.value()) || all.get(i).is(BLUE_HELMETS)) {
                return true;
            }
        }
        return false;
    }

    /** {@code force} from the sentences around, unless it is a group's and the count's noun a state's ("six soldiers"). */
    private String notAGroupsSoldiers(String force, List<Token> t, Personnel p) {
        return force != null && vocab.groupIds.contains(force) && headIn(t, p, STATE_NOUNS) ? null : force;
    }

    private static final Set<String> POLICE = Set.of("police", "policemen", "gendarmerie");

    /** Whether police are the subject of the count's clause, with no military word between: "police deployed 2,000 officers". */
    private boolean policeOwnThem(List<Token> t, Quantity q) {
        for (int k = q.from() - 1; k >= 0; k--) {
            if (t.get(k).isClauseBreak()) {
                return false;
            }
            if (POLICE.contains(t.get(k).lower())) {
                return true;
            }
            if (vocab.forces.at(t, k) != null || vocab.personnel.at(t, k) != null) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> MANY = Set.of("several", "many", "various", "multiple", "dozens", "dozen");
    private static final Set<String> NATIONS = Set.of("countries", "nations", "states", "armies");

    /** "12,000 troops from 14 countries took part": a multinational count, no one state's. */
    private boolean fromManyCountries(List<Token> t, Personnel p, Quantity q) {
        int k = p != null && !p.implied() && p.nounTo() > q.to() ? p.nounTo() : q.to();
        if (k >= t.size() || !t.get(k).is("from")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 7); j++) {
            if (t.get(j).isClauseBreak()) {
                return false;
            }
            if (NATIONS.contains(t.get(j).lower())) {
                return vocab.isNumber(t.get(j - 1)) || MANY.contains(t.get(j - 1).lower())
                        || j >= k + 3 && (vocab.isNumber(t.get(j - 2)) || MANY.contains(t.get(j - 2).lower()));
            }
        }
        return false;
    }

    private static boolean peacekeepers(List<Token> t, Personnel p) {
        return !p.implied() && p.nounFrom() >= 0 && t.get(p.nounTo() - 1).lower().startsWith("peacekeeper");
    }

    /**
     * Whose personnel a count is ({@code force}, null when unknown), whether it counts both sides
     * of a fight, and whether its own words name a state's armed opponents ("militants",
     * "rebels"), whom no ministry reports as its own dead.
     */
    private record Owner(String force, boolean bothSides, boolean opponents) {
    }

    /**
     * Whose personnel the count is, closest evidence first: the number's own phrase and verb, the
     * count it continues, whom mercenaries fight for, the side its words name (rebels, militants,
     * loyalists, the occupiers), the speaker's own side, bare troops of the state the article is
     * about, the forces named around it; never the side that killed or captured them. Null when
     * the count is no claim ("four deaths" that no force or military word qualifies).
     */
    private Owner owner(Article article, ArticleText.Sentence s, Quantity q, Personnel p, Topic topic, Claim continued,
                        Measure measure, String reporter, String speakerParty) {
        List<Token> t = s.tokens();
        String force = forces.direct(s, q, p, () -> groupSpokenOf(s, q));
        if (force == null && forces.strengthOfTheMilitary(t, q)) {
            force = stateOfArticle(article, s); // "The military's strength is estimated at 130,000" in a Myanmar story
        }
        boolean ownPhrase = force != null;
        String side = sides.sideOf(t, p);
        boolean opponents = SideResolver.INSURGENT.equals(side) || SideResolver.REBEL.equals(side);
        if (force == null && continued != null && (side == null || p.implied())) {
            // "two rebels had been killed and 19 wounded"; not "346 IS fighters ... and 170 members of government forces"
            force = notAGroupsSoldiers(continued.force(), t, p); // nor "killed 11 gang members, and 2 officers were injured"
        }
        String employer = forces.employer(t, p);
        if (employer != null) {
            force = employer; // "800 Colombian mercenaries fighting for Ukraine": Ukraine's
        }
        String official = officialSource(article, s);
        boolean allies = false;
        if (SideResolver.REBEL.equals(side) && (force == null || vocab.isState(force))) {
            // "116 rebels including an al-Nusra commander", "Syrian opposition fighters": the country's rebels
            force = sides.rebelsOf(force != null ? force : articleCountry(article, s));
        } else if (SideResolver.INSURGENT.equals(side) && (force == null || vocab.isState(force))) {
            // "Syrian rebels", "31 jihadists" beside "Islamic State": a group, never the state;
            // "Faylaq al-Sham and Nusra ... killing 29 extremists": allies, no one group's
            allies = sides.alliesAround(s) || headlineOfSeveralGroups(s);
            force = allies ? null : sides.insurgents(s, q, force, articleCountry(article, s), titleTokens(article, s.article));
        } else if (SideResolver.STATE.equals(side) && force == null) {
            force = articleCountry(article, s); // "129 loyalists"
        } else if ((SideResolver.ENEMY.equals(side) || force == null && sides.namesEnemy(t)) && (force == null || !ownPhrase)) {
            // whose enemy: the outlet's own side, else the speaker's, else where the dateline files from
            String us = official != null ? official : speakerParty != null ? speakerParty
                    : countries.datelineCountry(s.article.allTokens());
            force = us == null ? force : vocab.enemyOf.getOrDefault(us, force); // "12,000 occupiers", "the combat losses of the enemy"
        } else if (force == null && ownedByUs(t, p) && official != null) {
            force = official; // "our servicemen" in a president's statement
        } else if (force == null && official != null && theyBefore(t, q) && enemyLastNamed(s, official)) {
            force = vocab.enemyOf.get(official); // "The occupiers ... They have already lost 23,000 soldiers"
        }
        boolean bothSides = allies || SideResolver.MIXED.equals(side)
                || !ownPhrase && measure == Measure.DEPLOYED && forces.twoStatesTroopsBefore(t, q) // "Filipino and American troops ..., with 16,000 service members"
                || sides.mixedWithin(t, p, q) // "38 opposition fighters from the warring sides"
                || sides.mixed(t) && !ownPhrase && !SideResolver.STATE.equals(side) // "clashes between X and Y left 40 militants dead"
                || sides.alliesCounted(t, p, q); // "50 jihadists from the Islamic State and al-Nusra": no one force
        if (force == null && p.needsForce() && !militaryModifier(t, p) && !personnelBefore(t, q.from())
                && !armedNounAfter(t, p)) {
            // "20,000 men" may take its force from the sentences around; "four deaths" may not
            // nor may "300 men were executed": a fate of men no force's word qualifies is a toll of anyone
            force = p.measure() == null && !ownForceOnly(t, p) && (measure == Measure.DEPLOYED || !anyones(t, p))
                    ? notAGroupsSoldiers(forces.fromContext(s, q), t, p) : null;
            if (force == null) {
                return null;
            }
        }
        if (force == null && !p.needsForce() && !p.implied() && !sides.namesEnemy(t) && official != null && !opponents) {
            force = official; // "100,000 servicemen" in a president's release: his own; not "23 assailants"
        }
        if (force == null && measure != Measure.DEPLOYED && (headIn(t, p, STATE_NOUNS) || armedForcesModifier(t, p))
                && !stateNamedBefore(t, q)) {
            force = stateOfArticle(article, s); // "11 troops were killed" in Aleppo: Syria's
        }
        String target = measure == Measure.DEPLOYED || measure == Measure.CAPTURED ? null : forces.attacked(t, q);
        if (force == null) {
            force = target; // "raids on ISIL positions killed 35 fighters"
        }
        if (force == null) {
            force = notAGroupsSoldiers(forces.inSentence(s, q), t, p);
        }
        if (force == null && reporter != null && vocab.isState(reporter) && headIn(t, p, STATE_NOUNS)
                && !anotherStateBefore(t, q, reporter)) {
            // "Pakistan's military said 11 soldiers were killed", after India's dead in the sentence before: its own;
            // not "Ukraine's General Staff said that Russia had lost 1,250 soldiers, bringing its total losses to 600,870 troops"
            force = reporter;
        }
        if (force == null) {
            force = notAGroupsSoldiers(forces.fromSentencesBefore(s, measure != Measure.DEPLOYED), t, p);
        }
        if (force == null && measure == Measure.DEPLOYED) {
            // "Poland plans to grow its army to 300,000 troops", "U.S. officials tell me 3,000 troops":
            // for a deployment, a force named earlier in the sentence is the likeliest owner
            force = forces.namedBefore(t, q);
        }
        if (force == null && topic != null && s.para - topic.para() <= TOPIC_PARAGRAPHS) {
            force = notAGroupsSoldiers(topic.force(), t, p); // "11 Amba fighters ..., separatists claim six soldiers killed": no group's
        }
        if (!ownPhrase && measures.doneToThemBefore(t, q) && (force == null || !force.equals(target))
                && (force == null ? !p.needsForce() : forces.namedBefore(t, q, force))) {
            // "The RSF said it had captured 150 soldiers": the captor is not the captured; the
            // soldiers are the state's the article is about, if that is another side
            String other = forces.otherThan(t, force != null ? force : forces.subjectBefore(t, q));
            String state = stateOfArticle(article, s);
            String captured = other != null ? other : state != null && !state.equals(force) ? state : null;
            if (!(opponents && force != null && !vocab.isState(force) && (captured == null || vocab.isState(captured)))) {
                force = captured; // but "an army unit clashed with ISIS terrorists, killing 9 terrorists": no state's
            }
        }
        if (force != null && !ownPhrase && opponents
                && force.equals(forces.killerBefore(t, measures.fateVerbRightBefore(t, q)))) {
            force = null; // "Kurdish forces killed 175 militants": the killers are not the killed
        }
        if ((force == null || vocab.isState(force) || !ownPhrase) && peacekeepers(t, p) && unNearby(s, ownPhrase, force)) {
            force = "UN"; // "two Ghanaian peacekeepers" of UNIFIL, "54,000 uniformed peacekeepers" in a UN story: a UN force
        }
        if (opponents && !ownPhrase && force != null && vocab.isState(force)) {
            force = null; // "about 40 terrorists were neutralised" after the army's own dead: not the army's
        }
        if (force != null && vocab.isState(force) && fromManyCountries(t, p, q)) {
            force = null; // "12,000 troops from 14 countries took part": no one state's (but the UN's peacekeepers "from 50 countries")
        }
        return new Owner(bothSides ? null : force, bothSides, opponents);
    }

    private static final int GROUP_SENTENCES_BACK = 3;

    /**
     * Whom "the group" stands for: the group the article is about, else the last group named before
     * the number, here or in the three sentences before ("Iraq declared victory over ISIS ... A UN report
     * estimated the group has 1,500 fighters").
     */
    private String groupSpokenOf(ArticleText.Sentence s, Quantity q) {
        String main = s.article.mainGroup(() -> sides.mainGroup(s.article));
        if (main != null) {
            return main;
        }
        int to = q.from();
        ArticleText.Sentence at = s;
        for (int back = 0; at != null && back <= GROUP_SENTENCES_BACK; back++) {
            List<Token> t = at.tokens();
            for (int i = Math.min(to, t.size()) - 1; i >= 0; i--) {
                PhraseTable.Match<String> f = vocab.forces.covering(t, i, 0);
                if (f != null && f.to() <= to && vocab.groupIds.contains(f.value())) {
                    return f.value();
                }
            }
            at = s.article.previous(at);
            to = at == null ? 0 : at.tokens().size();
        }
        return null;
    }

    /** The side a speaker belongs to: a force its words name ("Israel's military"), else its party if a state's ("the ISPR"). */
    private String reportingSide(Speaker speaker) {
        String named = forces.partyOf(speaker.who());
        return named != null || speaker.party() == null || !vocab.isState(speaker.party()) ? named : speaker.party();
    }

    /**
     * "Syrian Army Kills over 80 Terrorists in Various Provinces": a headline's count of militants
     * no group's name qualifies, over a story that names several groups, is their sum, no one's;
     * but "Senior ISIS Commander, 34 Terrorists Killed" names whose they are.
     */
    private boolean headlineOfSeveralGroups(ArticleText.Sentence s) {
        if (s.article.previous(s) != null || !NotACount.titleCase(s.tokens()) || sides.distinctGroups(s.article.allTokens()) < 2) {
            return false;
        }
        int groups = sides.distinctGroups(s.tokens());
        return groups > 1 || groups == 0 && severalPlaces(s.tokens()); // "ISIL, Nusra Clash ...", "... in Hama & Homs"
    }

    private static final Set<String> SPREAD = Set.of("various", "several", "across", "provinces");

    /** "in Various Provinces", "across Country", "in Hama & Homs": a headline that sums several places. */
    private boolean severalPlaces(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (SPREAD.contains(t.get(k).lower())) {
                return true;
            }
            PhraseTable.Match<String> place = vocab.gazetteer().names().at(t, k);
            if (place != null && place.to() + 1 < t.size() && (t.get(place.to()).is("&") || t.get(place.to()).is("and"))
                    && vocab.gazetteer().names().at(t, place.to() + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** Who says so, as written, and the party behind them. */
    private record Speaker(String who, String party) {
    }

    /**
     * Who makes the claim and their party: the speaker the sentence names (its party from its own
     * words, else from the article's fuller mention, else, for a state institution named without
     * its state, the article's state); "a military source", the army of the article's state; an
     * official outlet's own voice, that outlet.
     */
    private Speaker speaker(Article article, ArticleText.Sentence s, Quantity q, Measure measure) {
        List<Token> t = s.tokens();
        String who = attribution.find(s, q);
        String party = who == null ? null : s.article.definedAcronyms
                .computeIfAbsent(who, w -> java.util.Optional.ofNullable(parties.definedAcronym(w, s.article.allTokens())))
                .orElse(null);
        if (party == null) {
            party = parties.partyOf(who);
        }
        if (who == null) {
            String service = parties.serviceSpeaker(t);
            if (service == null && parties.citesTheSource(t)) {
                service = earlierService(s); // "A military source said ... The source added that ... killing 48"
            }
            String state = service == null ? null : stateOfArticle(article, s);
            if (state != null) {
                who = service; // "a military source said": the army's state
                party = state;
            }
        } else if (party == null && parties.hasSide(who)) {
            List<Token> all = s.article.allTokens();
            int at = firstTokenAt(all, t.get(0).start());
            party = parties.fromEarlierMention(who, all, at);
            if (party == null && parties.isGroupWord(who)) {
                party = s.article.mainGroup(() -> sides.mainGroup(s.article)); // "the ethnic armed group said"
            }
            if (party == null && parties.isInstitution(who)) {
                party = officialSource(article, s); // "the Ministry said" in the ministry's own press release
            }
            if (party == null && measure == Measure.DEPLOYED && parties.isOfficeHolder(who)) {
                String subject = forces.subjectBefore(t, q); // "Canada will boost its contingent in Latvia to 2,200, Defence Minister Bill Blair said"
                party = subject != null && vocab.isState(subject) ? subject : null;
            }
            if (party == null && (parties.isInstitution(who)
                    || parties.earlierMentionIsState(who, all, at))) {
                party = stateOfArticle(article, s); // "..., army says" in a Nigerian story
            }
            if (party == null && parties.isInstitution(who)) {
                party = forces.stateThatKilled(t, q); // "IDF troops eliminated 20 terrorists, the military said"
            }
            if (party == null && parties.relaysBriefing(who, t)) {
                party = parties.partyOf(attribution.previousSpeaker(s)); // "Lawmaker Lee, who was briefed by the agency, told reporters"
            }
            if (party == null && parties.isHeadOfState(who)) {
                party = officialSource(article, s); // "the Head of State stressed" in a president's release
            }
        }
        String official = officialSource(article, s);
        if (who == null && official != null) {
            String label = transcriptSpeaker(s);
            if (label != null) {
                return new Speaker(label, parties.partyOf(label)); // "Kassym-Jomart Tokayev: ..." in a transcript
            }
        }
        if (who == null && official != null) {
            return new Speaker(article.source(), official); // a president's press release in its own voice
        }
        return new Speaker(who, party);
    }

    /**
     * The party the article's source speaks for in its own voice, worked out once an article: a source
     * that names an institution is tokenised and looked up, which every claim would otherwise repeat.
     */
    private String officialSource(Article article, ArticleText.Sentence s) {
        return s.article.officialParty(() -> parties.officialSource(article.source()));
    }

    private static final int SOURCE_LOOK_BACK = 6;

    /** The unnamed service speaker ("a military source") of one of the sentences before {@code s}, or null. */
    private String earlierService(ArticleText.Sentence s) {
        int back = 0;
        for (ArticleText.Sentence prev = s.article.previous(s); prev != null && back < SOURCE_LOOK_BACK;
             prev = s.article.previous(prev), back++) {
            String service = parties.serviceSpeaker(prev.tokens());
            if (service != null) {
                return service;
            }
        }
        return null;
    }

    /**
     * In a transcript, the label of whoever is speaking where the sentence stands ("... *** President
     * of Kazakhstan Kassym-Jomart Tokayev: Thank you ..."): the nearest label before it, two to
     * eight capitalised words after a sentence's end and before a colon. Null outside transcripts.
     */
    private String transcriptSpeaker(ArticleText.Sentence s) {
        List<Token> all = s.article.allTokens();
        int at = firstTokenAt(all, s.tokens().get(0).start());
        for (int k = Math.min(at + s.tokens().size(), all.size()) - 1; k > 1 && k > at - TRANSCRIPT_LOOK_BACK; k--) {
            if (!all.get(k).is(":")) {
                continue;
            }
            int from = k;
            while (from > 0 && k - from < 8 && (all.get(from - 1).isCapitalized() || all.get(from - 1).is("of")
                    || all.get(from - 1).is("-"))) {
                from--;
            }
            boolean opens = from == 0 || all.get(from - 1).is(".") || all.get(from - 1).is("!") || all.get(from - 1).is("?")
                    || all.get(from - 1).is("*");
            if (opens && k - from >= 2 && all.get(from).isCapitalized()) {
                return s.article.text.substring(all.get(from).start(), all.get(k - 1).end());
            }
        }
        return null;
    }

    /** How far back, in tokens, a transcript's speaker label is looked for. */
    private static final int TRANSCRIPT_LOOK_BACK = 1500;

    /** The state the article is about, if it is a state. */
    private String stateOfArticle(Article article, ArticleText.Sentence s) {
        String country = articleCountry(article, s);
        if (country != null && vocab.soldiersOf.containsKey(country)) {
            return vocab.soldiersOf.get(country); // soldiers in a Gaza story are Israel's
        }
        return country != null && vocab.isState(country) ? country : null;
    }


    private static final Set<String> CIVILIAN_CUES = Set.of("civilians", "civilian", "women", "children", "residents",
            "villagers", "citizens", "tourists", "pilgrims", "worshippers", "passengers", "students", "shoppers",
            "farmers", "workers");

    /** A count of dead or wounded whose next words say who they were: "including women and children", "12 men and two women". */
    private static final Set<String> FAMILIES = Set.of("families", "family", "relatives", "wives", "children");

    /** "150 rebels and their families", "gunmen with their relatives": a count of fighters and civilians together. */
    private static boolean withFamilies(List<Token> t, int k) {
        if (k + 1 >= t.size() || !(t.get(k).is("and") || t.get(k).is("with"))) {
            return false;
        }
        int j = t.get(k + 1).is("their") || t.get(k + 1).is("his") ? k + 2 : k + 1;
        return j < t.size() && FAMILIES.contains(t.get(j).lower());
    }

    /** "25 others": a count whose noun says only that they are more of whoever was counted before. */
    private static boolean othersNoun(List<Token> t, Personnel p) {
        return !p.implied() && p.nounFrom() >= 0 && t.get(p.nounFrom()).is("others");
    }

    /**
     * Whether civilians were counted before the number: by any count earlier in its clause ("40
     * Civilians 25 YPG Fighters Killed 110 Injured"), or, when the clause has no count before it, by
     * the last count of the sentence before in its paragraph ("killed 16 civilians. ... also wounded
     * 25 others").
     */
    private boolean civiliansCountedBefore(ArticleText.Sentence s, Quantity q) {
        List<Token> t = s.tokens();
        for (int k = q.from() - 1; k >= 0 && !t.get(k).is(";"); k--) {
            if (civilianCountAt(t, k)) {
                return true;
            }
        }
        if (countBefore(t, q.from())) {
            return false;
        }
        ArticleText.Sentence prev = s.article.previous(s);
        if (prev == null || prev.para != s.para) {
            return false;
        }
        List<Token> pt = prev.tokens();
        for (int k = pt.size() - 1; k >= 0; k--) {
            if (vocab.isNumber(pt.get(k))) {
                return civilianCountAt(pt, k);
            }
        }
        return false;
    }

    private boolean countBefore(List<Token> t, int to) {
        for (int k = 0; k < to; k++) {
            if (vocab.isNumber(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A number at {@code k} whose noun, right after it or after one word ("five Syrian civilians"), is of civilians. */
    private boolean civilianCountAt(List<Token> t, int k) {
        if (!vocab.isNumber(t.get(k))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 3); j++) {
            if (CIVILIAN_CUES.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean civiliansAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            if (t.get(k).is(".") || t.get(k).is(";")) {
                return false;
            }
            if (CIVILIAN_CUES.contains(t.get(k).lower()) && (t.get(k - 1).is("including") || t.get(k - 1).is("mostly")
                    || t.get(k - 1).is("all") || t.get(k - 1).is("and") || k >= 2 && (t.get(k - 2).is("including")
                    || t.get(k - 2).is("mostly") // "26 men, mostly Hindu tourists"
                    || t.get(k - 2).is("and") && vocab.isNumber(t.get(k - 1))))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STATE_NOUNS = Set.of("troops", "soldiers", "servicemen", "soldier", "troop",
            "conscripts", "recruits", "officers", "policemen");

    /** Whether a state other than {@code state} is named before the number in its sentence. */
    private boolean anotherStateBefore(List<Token> t, Quantity q, String state) {
        for (int i = 0; i < q.from(); i++) {
            PhraseTable.Match<String> m = vocab.forces.at(t, i);
            if (m != null) {
                if (m.to() <= q.from() && vocab.isState(m.value()) && !m.value().equals(state)) {
                    return true;
                }
                i = m.to() - 1;
            }
        }
        return false;
    }

    /** Whether a state is named before the number in its sentence (a group killing soldiers names none). */
    private boolean stateNamedBefore(List<Token> t, Quantity q) {
        for (int i = 0; i < q.from(); i++) {
            PhraseTable.Match<String> m = vocab.forces.at(t, i);
            if (m != null && vocab.isState(m.value()) && !vocab.inNoSideName(t, i) && !ForceResolver.dateline(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** "five Armed Forces personnel", "army personnel": a state's military word before the noun. */
    private static boolean armedForcesModifier(List<Token> t, Personnel p) {
        if (p.implied() || p.nounFrom() < 0) {
            return false;
        }
        for (int k = Math.max(0, p.modFrom()); k < p.nounFrom(); k++) {
            String w = t.get(k).lower();
            if (w.equals("army") || w.equals("military") || w.equals("forces") && k > 0 && t.get(k - 1).is("armed")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUB_COUNT_OPENERS = Set.of("including", "includes", "among");

    /** "15 members of Ahrar al-Sham, including four field commanders": a part of the count before it. */
    private static boolean includedIn(List<Token> t, Quantity q) {
        int k = q.from() - 1;
        if (k >= 0 && t.get(k).is("them")) {
            k--; // "among them 40 officers"
        }
        return k >= 0 && SUB_COUNT_OPENERS.contains(t.get(k).lower());
    }

    /** "five others wounded", "19 dead": a noun that says only what happened, counting the personnel named before. */
    private boolean fateNoun(List<Token> t, Personnel p) {
        if (p.implied() || p.nounFrom() < 0) {
            return false;
        }
        PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, p.nounFrom());
        return noun != null && noun.value().measure() != null && !noun.value().needs().isEmpty()
                && vocab.forces.lastIn(t, Math.max(0, p.modFrom()), p.nounFrom()) == null;
    }

    /** "4,000 sailors and Marines": a noun that needs a force, joined to one that does not. */
    private boolean armedNounAfter(List<Token> t, Personnel p) {
        if (p.nounTo() + 1 >= t.size() || !t.get(p.nounTo()).is("and")) {
            return false;
        }
        PhraseTable.Match<Vocabulary.PersonnelNoun> next = vocab.personnel.at(t, p.nounTo() + 1);
        return next != null && next.value().needs().isEmpty();
    }

    /** "700 members of a tribe": a noun whose force must be in its own phrase, never guessed from around. */
    private boolean anyones(List<Token> t, Personnel p) {
        PhraseTable.Match<Vocabulary.PersonnelNoun> noun = p.nounFrom() < 0 ? null : vocab.personnel.at(t, p.nounFrom());
        return noun != null && noun.value().anyone();
    }

    private boolean ownForceOnly(List<Token> t, Personnel p) {
        PhraseTable.Match<Vocabulary.PersonnelNoun> noun = p.nounFrom() < 0 ? null : vocab.personnel.at(t, p.nounFrom());
        return noun != null && "own".equals(noun.value().needs());
    }

    private boolean personnelBefore(List<Token> t, int to) {
        for (int k = 0; k < to; k++) {
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null && noun.value().needs().isEmpty() && vocab.notPersonnel.at(t, noun.to()) == null
                    && !"adjacent".equals(noun.value().needs())) {
                return true;
            }
        }
        return false;
    }

    private static boolean militaryModifier(List<Token> t, Personnel p) {
        for (int k = Math.max(0, p.modFrom()); k < p.nounFrom(); k++) {
            if (MILITARY.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}

package claimwatch.extract;

import claimwatch.ingest.Article;

import java.util.ArrayList;
import java.util.List;
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
        return ClaimMerger.merge(claims);
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
            if (!found.personnelIn(s.start, s.end)) {
                continue; // numbers, but nothing they could count as personnel: not read closely
            }
            Claim previous = null;
            for (Quantity q : quantities.findAround(s.tokens(), hits, first, h)) {
                Claim c = claim(article, s, q, offsetsValid, topic, previous);
                if (c != null) {
                    previous = c;
                    out.add(c);
                    if (c.force() != null) {
                        topic = new Topic(c.force(), s.para);
                    }
                }
            }
        }
    }

    /** The force of the last claim read, and its paragraph: what a later count without one is about. */
    private record Topic(String force, int para) {
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
        String force = forces.direct(s, q, p);
        if (force == null && p.needsForce() && !militaryModifier(t, p) && !personnelBefore(t, q.from())) {
            // "20,000 men" may take its force from the sentences around; "four deaths" may not
            force = p.measure() == null ? forces.fromContext(s, q) : null;
            if (force == null) {
                return null;
            }
        }
        boolean sameAsPrevious = p.implied() && previous != null && previous.value() != null;
        if (force == null && sameAsPrevious) {
            force = previous.force();
        }
        if (force == null) {
            force = forces.fromContext(s, q);
        }
        Measure measure = measures.resolve(t, q, p);
        if (measure == Measure.DEPLOYED && sameAsPrevious) {
            measure = previous.measure(); // no verb of its own: "..., including 1,690 in the past day"
        }
        if (force == null && measure == Measure.DEPLOYED) {
            // "Poland plans to grow its army to 300,000 troops", "U.S. officials tell me 3,000 troops":
            // for a deployment, a force named earlier in the sentence is the likeliest owner
            force = forces.namedBefore(t, q);
        }
        if (force == null && topic != null && s.para - topic.para() <= TOPIC_PARAGRAPHS) {
            force = topic.force();
        }
        String location = locations.find(t, q);
        String who = attribution.find(s, q);
        if (force == null && who != null && measure != Measure.DEPLOYED && measure != Measure.CAPTURED
                && !measures.saidBefore(t, q)) {
            // "Israel's military said 2 soldiers were killed": a side reporting its own dead
            force = forces.partyOf(who);
        }
        String party = parties.partyOf(who);
        if (who == null && parties.officialSource(article.source()) != null) {
            // a president's press release in its own voice is the president's claim
            who = article.source();
            party = parties.officialSource(article.source());
        }
        Kind kind = kinds.find(t, q, p);
        int start = t.get(q.from()).start();
        int end = t.get(q.to() - 1).end();
        Evidence evidence = offsetsValid ? new Evidence(s.text(), start, end) : new Evidence(s.text(), -1, -1);
        Qualifier qualifier = q.vague() && q.qualifier() == Qualifier.EXACT ? Qualifier.APPROX : q.qualifier();
        return new Claim(article.id(), force, measure, q.value(), q.high(), qualifier, location, who, party, kind, evidence,
                s.article.text.substring(start, end), article.publishedAt(), article.source());
    }

    private boolean personnelBefore(List<Token> t, int to) {
        for (int k = 0; k < to; k++) {
            PhraseTable.Match<Vocabulary.PersonnelNoun> noun = vocab.personnel.at(t, k);
            if (noun != null && noun.value().needs().isEmpty()) {
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

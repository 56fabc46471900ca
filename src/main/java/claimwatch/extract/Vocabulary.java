package claimwatch.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the extractor knows about English, read from the line-based files under
 * {@code src/main/resources/vocab/en/} (each file documents its format in its header):
 * number words, vague amounts, qualifiers, personnel nouns and what is not personnel, countries
 * and armed groups, places, measure verbs, reporting verbs, unnamed speakers, abbreviations
 * and function words. Extend a copy of the directory and load it with {@link #fromDirectory};
 * any file missing there is read from the bundled copy. Immutable once loaded.
 */
public final class Vocabulary {

    record NumberWord(double value, String kind) {
    }

    /** {@code anyone}: a fate of the noun with no force of its own ("300 men were executed") may be anyone's. */
    record PersonnelNoun(Measure measure, String needs, boolean anyone) {
    }

    record MeasureWord(Measure measure, boolean agent) {
    }

    final Tokenizer tokenizer;
    final Set<String> abbreviations;
    final Map<String, NumberWord> numberWords = new HashMap<>();
    final PhraseTable<long[]> vague = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersBefore = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
    final PhraseTable<PersonnelNoun> personnel = new PhraseTable<>();
    final PhraseTable<Boolean> notPersonnel = new PhraseTable<>();
    final PhraseTable<String> forces = new PhraseTable<>();
    /** Words that after a hyphen make a force's name a modifier ({@code affiliations.txt}): "al-Qaeda-linked", "Iran-backed". */
    final Set<String> affiliations = new HashSet<>();
    /** The names of {@code forces} that come from forces.txt (Wagner, the IDF, NATO), lower-cased: organisations, not countries. */
    final Set<String> organisations = new HashSet<>();
    /** The ids of non-state armed groups ({@code groups.txt}): "isis", "hamas", ... */
    final Set<String> groupIds = new HashSet<>();
    /** Speakers and the party behind them, beyond the forces; "-" for a speaker of no side. */
    final PhraseTable<String> speakerParties = new PhraseTable<>();
    /** Outlets that speak for a party ({@code official-sources.txt}), lower-case source name to party. */
    final Map<String, String> officialSources = new HashMap<>();
    /** Words before or after a number that say what kind of figure it is ({@code kinds.txt}). */
    final PhraseTable<Kind> kindsBefore = new PhraseTable<>();
    final PhraseTable<Kind> kindsAfter = new PhraseTable<>();
    /** The phrases of {@link #kindsBefore} that count only right before the number ("another"), not anywhere in the clause. */
    final Set<String> kindsNextToNumber = new HashSet<>();
    /** Demonym to country name: "Russian" places personnel in Russia ("across Russian sites"). */
    final PhraseTable<String> demonyms = new PhraseTable<>();
    final PhraseTable<Boolean> dateWords = new PhraseTable<>();
    final PhraseTable<MeasureWord> measures = new PhraseTable<>();
    final PhraseTable<Boolean> reportingVerbs = new PhraseTable<>();
    final Set<String> unnamedSpeakers = new HashSet<>();
    final Set<String> speakerTitles = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final Set<String> notACountCues = new HashSet<>();
    /** Words of a personnel phrase that tell its side ({@code sides.txt}): "insurgent" or "state". */
    final PhraseTable<String> sides = new PhraseTable<>();
    /** The enemy a party means by "the occupiers" ({@code enemies.txt}). */
    final Map<String, String> enemyOf = new HashMap<>();
    /** Whose soldiers a story about a land with no army of its own in the fight means ({@code soldiers-of.txt}). */
    final Map<String, String> soldiersOf = new HashMap<>();
    /** Words before a force that make it an attack's target ({@code targets.txt}): "marker" or "place". */
    final PhraseTable<String> targets = new PhraseTable<>();
    /** A country's armed opposition when no group is named ({@code rebels.txt}): ISO code to group id. */
    final Map<String, String> rebelsOf = new HashMap<>();
    /** Words that make a sentence's counts something other than claims ({@code not-a-claim.txt}). */
    final PhraseTable<Boolean> notAClaim = new PhraseTable<>();
    /** Lower-case number words and last words of vague amounts: what the cheap scan looks for. */
    final Set<String> triggerWords = new HashSet<>();
    /** Head nouns of personnel phrases: a sentence with none of them (nor a count cue) is not read. */
    final Set<String> personnelWords = new HashSet<>();
    private final Gazetteer gazetteer;

    private static final class Bundled {
        static final Vocabulary INSTANCE = new Vocabulary(null);
    }

    private Vocabulary(Path dir) {
        Set<String> abbreviations = new HashSet<>();
        for (String[] row : VocabularyFile.rows(dir, "abbreviations.txt")) {
            abbreviations.add(row[0].toLowerCase(Locale.ROOT));
        }
        this.abbreviations = Set.copyOf(abbreviations);
        tokenizer = new Tokenizer(this.abbreviations);
        for (String[] row : VocabularyFile.rows(dir, "numbers.txt")) {
            String word = row[0].toLowerCase(Locale.ROOT);
            numberWords.put(word, new NumberWord(Double.parseDouble(row[1]), VocabularyFile.column(row, 2)));
            triggerWords.add(word);
        }
        for (String[] row : VocabularyFile.rows(dir, "vague-amounts.txt")) {
            long low = parseLong(VocabularyFile.column(row, 1));
            long high = parseLong(VocabularyFile.column(row, 2));
            add(vague, row[0], new long[] {low, high});
            List<String> ws = words(row[0]);
            triggerWords.add(ws.get(ws.size() - 1).toLowerCase(Locale.ROOT));
        }
        for (String[] row : VocabularyFile.rows(dir, "qualifiers.txt")) {
            Qualifier q = Qualifier.valueOf(row[1].toUpperCase(Locale.ROOT));
            add("after".equals(VocabularyFile.column(row, 2)) ? qualifiersAfter : qualifiersBefore, row[0], q);
        }
        for (String[] row : VocabularyFile.rows(dir, "personnel.txt")) {
            String m = VocabularyFile.column(row, 1);
            add(personnel, row[0], new PersonnelNoun(m.isEmpty() ? null : measure(m), VocabularyFile.column(row, 2),
                    "anyone".equals(VocabularyFile.column(row, 3))));
            personnelWords.add(head(words(row[0])));
        }
        for (String[] row : VocabularyFile.rows(dir, "not-personnel.txt")) {
            add(notPersonnel, row[0], Boolean.TRUE);
        }
        List<String[]> countries = VocabularyFile.rows(dir, "countries.txt");
        for (String[] row : countries) {
            String iso = row[1];
            add(forces, row[0], iso);
            for (int col = 2; col <= 3; col++) {
                for (String alias : VocabularyFile.column(row, col).split(",")) {
                    if (!alias.isBlank()) {
                        add(forces, alias.strip(), iso);
                        if (col == 2) {
                            add(demonyms, alias.strip(), row[0]);
                            if (alias.strip().endsWith("an") && !row[col].contains(alias.strip() + "s")) {
                                add(forces, alias.strip() + "s", iso); // "Kenyans", "Colombians": the plural the row leaves out
                            }
                        }
                    }
                }
            }
        }
        for (String[] row : VocabularyFile.rows(dir, "forces.txt")) {
            add(forces, row[0], row[1]);
            organisations.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : VocabularyFile.rows(dir, "groups.txt")) {
            add(forces, row[0], row[1]);
            if (row[0].contains("-")) {
                add(forces, row[0].replace('-', ' '), row[1]); // "Jeish al Fatah": copies that lost their hyphens
            }
            groupIds.add(row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "affiliations.txt")) {
            affiliations.add(row[0].toLowerCase(Locale.ROOT));
        }
        forces.refuseBeforeHyphen(affiliations);
        for (String[] row : VocabularyFile.rows(dir, "speaker-parties.txt")) {
            add(speakerParties, row[0], row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "official-sources.txt")) {
            officialSources.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "kinds.txt")) {
            Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT));
            String where = VocabularyFile.column(row, 2);
            add("after".equals(where) ? kindsAfter : kindsBefore, row[0], kind);
            if ("before".equals(where)) {
                kindsNextToNumber.add(row[0]);
            }
        }
        for (String[] row : VocabularyFile.rows(dir, "measures.txt")) {
            add(measures, row[0], new MeasureWord(measure(row[1]), "agent".equals(VocabularyFile.column(row, 2))));
        }
        for (String[] row : VocabularyFile.rows(dir, "reporting-verbs.txt")) {
            add(reportingVerbs, row[0], Boolean.TRUE);
        }
        for (String[] row : VocabularyFile.rows(dir, "unnamed-sources.txt")) {
            unnamedSpeakers.addAll(words(row[0].toLowerCase(Locale.ROOT)));
        }
        for (String[] row : VocabularyFile.rows(dir, "speaker-titles.txt")) {
            speakerTitles.addAll(words(row[0].toLowerCase(Locale.ROOT)));
        }
        for (String[] row : VocabularyFile.rows(dir, "dates.txt")) {
            add(dateWords, row[0], Boolean.TRUE);
        }
        for (String[] row : VocabularyFile.rows(dir, "not-a-count-cues.txt")) {
            notACountCues.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : VocabularyFile.rows(dir, "sides.txt")) {
            add(sides, row[0], row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "targets.txt")) {
            add(targets, row[0], row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "enemies.txt")) {
            enemyOf.put(row[0], row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "soldiers-of.txt")) {
            soldiersOf.put(row[0], row[1]);
        }
        for (String[] row : VocabularyFile.rows(dir, "not-a-claim.txt")) {
            add(notAClaim, row[0], "noun".equals(VocabularyFile.column(row, 1))); // true: a noun a number may count
        }
        for (String[] row : VocabularyFile.rows(dir, "function-words.txt")) {
            functionWords.add(row[0].toLowerCase(Locale.ROOT));
        }
        gazetteer = new Gazetteer(countries, VocabularyFile.rows(dir, "places.txt"), tokenizer);
        for (String[] row : countries) {
            String iso = row[1];
            for (String[] rebels : VocabularyFile.rows(dir, "rebels.txt")) {
                if (rebels[0].equalsIgnoreCase(row[0])) {
                    rebelsOf.put(iso, rebels[1]);
                }
            }
        }
    }

    /**
     * Whether the word at {@code k} is a fate written as a past participle ("killed", "wounded"):
     * a noun in "12 killed", but after other words their verb ("Two Syrians killed", "Syria
     * reportedly killed 35 fighters").
     */
    boolean isFateParticiple(List<Token> t, int k) {
        return t.get(k).lower().endsWith("ed") && measures.at(t, k) != null;
    }

    /** The vocabulary bundled with claimwatch (loaded once, shared). */
    public static Vocabulary defaults() {
        return Bundled.INSTANCE;
    }

    /** The vocabulary files in {@code dir}; a file missing there is read from the bundled copy. */
    public static Vocabulary fromDirectory(Path dir) {
        return new Vocabulary(dir);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Whether token {@code i} lies inside the name of a speaker of no side ("the Syrian Observatory
     * for Human Rights"), or names where such a body sits ("the Britain-based monitor").
     */
    boolean inNoSideName(List<Token> t, int i) {
        PhraseTable.Match<String> force = forces.at(t, i);
        if (force != null && (force.to() + 1 < t.size() && t.get(force.to()).is("-") && t.get(force.to() + 1).is("based")
                || force.to() < t.size() && t.get(force.to()).lower().equals("based"))) {
            return true;
        }
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            PhraseTable.Match<String> m = speakerParties.at(t, k);
            if (m != null && "-".equals(m.value()) && m.to() > i) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code force} is a state's ISO code, not a group's id or an organisation. */
    private static final Set<String> NATIONALS = Set.of("nationals", "citizens");

    /** "nationals", "citizens", or a state's people in the plural ("Kenyans", "Colombians") at token {@code j}. */
    boolean namesNationals(List<Token> t, int j) {
        if (NATIONALS.contains(t.get(j).lower())) {
            return true;
        }
        PhraseTable.Match<String> state = forces.at(t, j);
        return state != null && state.to() == j + 1 && isState(state.value()) && t.get(j).lower().endsWith("ns")
                && personnel.at(t, j + 1) == null;
    }

    boolean isState(String force) {
        return force != null && force.length() == 3 && gazetteer.countryOfIso(force) != null;
    }

    boolean isFunctionWord(Token t) {
        return t.isWord() && functionWords.contains(t.lower());
    }

    /** The noun a phrase is about: "forces" in "special forces", "prisoners" in "prisoners of war". */
    private static String head(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase("of") || words.get(i).equalsIgnoreCase("on")) {
                return words.get(i - 1).toLowerCase(Locale.ROOT);
            }
        }
        return words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    private <V> void add(PhraseTable<V> table, String phrase, V value) {
        table.add(words(phrase), phrase, value);
    }

    private List<String> words(String phrase) {
        return Gazetteer.words(tokenizer, phrase);
    }

    private static Measure measure(String label) {
        return Measure.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    /**
     * Whether the force named at {@code [from, to)} is an attack's target ({@code targets.txt}):
     * "a Hezbollah position", "the positions of ISIS", "strikes against Nusra".
     */
    boolean attackedAt(List<Token> t, int from, int to) {
        PhraseTable.Match<String> hit = targets.at(t, to);
        if (hit != null && "place".equals(hit.value())) {
            return true; // "a drone hit a Hezbollah position"
        }
        int before = from - 1;
        if (before < 0) {
            return false;
        }
        if ((t.get(before).is("the") || t.get(before).is("a")) && before > 0) {
            before--;
        }
        if (t.get(before).is("of")) {
            // "the positions of ISIS", "gatherings and movements of al-Nusra terrorists"
            PhraseTable.Match<String> place = before > 0 ? targets.endingAt(t, before, 1) : null;
            return place != null && "place".equals(place.value());
        }
        PhraseTable.Match<String> marker = targets.endingAt(t, before + 1, 2);
        return marker != null && "marker".equals(marker.value());
    }

    /** Whether a token writes a number, in digits or in words ("1,500", "twelve"). */
    boolean isNumber(Token w) {
        return w.isNumber() || numberWords.containsKey(w.lower());
    }
}

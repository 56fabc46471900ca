package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * Where the personnel a number counts are: a place from the gazetteer after a preposition of
 * place ("in Russia's Kursk region" gives Kursk, "to eastern Russia" gives Russia), or a
 * demonym there ("across several Russian training sites" gives Russia). The first such place
 * after the number wins, else the nearest one before it in the sentence.
 */
final class LocationFinder {

    private static final Set<String> PREPOSITIONS = Set.of("in", "to", "into", "inside", "within", "at", "near",
            "across", "on", "toward", "towards", "along", "throughout", "around", "outside", "reached", "entered",
            "reach", "enter", "reaching", "entering");
    /** "the battle for Bakhmut": a place fought over is where the personnel are. */
    private static final Set<String> FOUGHT_OVER = Set.of("battle", "fight", "fighting", "assault", "offensive");
    /** Nouns after a place name that make it a feature, not the place ("the Dnipro river"). */
    /** Nouns that make a demonym before them a place: "Russian soil", "several Russian training sites". */
    private static final Set<String> PLACE_LIKE = Set.of("sites", "site", "territory", "territories", "soil", "land",
            "lands", "bases", "base", "airfield", "airfields", "region", "regions", "border", "borders", "towns",
            "cities", "villages", "ports", "waters", "airspace", "side", "camps", "camp", "facilities", "ranges",
            "grounds", "garrisons", "positions", "frontier", "oblasts", "provinces");
    private static final Set<String> FEATURES = Set.of("river", "dam", "bridge", "airport", "port", "mountains",
            "hills", "valley", "crossing", "base", "airbase");
    /** Words that may follow a place name without making it an adjective ("Kursk region", "Gaza Strip"). */
    private static final Set<String> PLACE_NOUNS = Set.of("region", "regions", "oblast", "province", "area", "areas",
            "territory", "territories", "border", "borders", "soil", "city", "town", "state", "district", "front",
            "direction", "sector", "peninsula", "coast", "countryside", "airspace", "waters", "mainland", "itself",
            "alone", "proper", "earlier", "last", "now", "today", "yesterday", "overnight", "recently");
    /** Events that a place name before them locates: "the Boukamal strike", "Aleppo clashes". */
    private static final Set<String> EVENTS = Set.of("strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
            "attack", "attacks", "clashes", "battle", "fighting", "offensive", "blast", "bombing", "operation",
            "assault", "siege", "front", "outskirts", "suburbs", "governorate", "village", "countryside", "ambush");
    /** Words before a place that make it the target of an attack: "the offensive against Manbij began". */
    private static final Set<String> TARGETED = Set.of("against", "on", "toward", "towards", "around", "outside", "near");
    /** Words allowed between a preposition and its place: "in the far east of", "to several Russian". */
    private static final Set<String> FILLERS = Set.of("the", "eastern", "western", "northern", "southern", "central",
            "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
            "northwest", "southeast", "southwest", "far-eastern", "far-western",
            "several", "various", "multiple", "its", "their", "occupied", "contested", "russian-occupied",
            "border", "front", "a", "an", "far", "parts", "part", "of", "areas", "regions");

    /** How many words a force's name must have for a place inside it to be part of the name. */
    private static final int NAME_WITH_PLACE = 3;

    private final Vocabulary vocab;

    LocationFinder(Vocabulary vocab) {
        this.vocab = vocab;
    }

    String find(List<Token> t, Quantity q) {
        String before = null;
        for (int i = 0; i < t.size(); i++) {
            if (i >= q.to() && (t.get(i).is(",") || t.get(i).is(";") || t.get(i).is("—"))) {
                break; // places after the number's clause belong to something else
            }
            if (!t.get(i).isCapitalized()) {
                continue; // places and demonyms are written with a capital
            }
            int name = withinName(t, i);
            if (name > i) {
                i = name - 1; // "the Islamic State in Iraq and the Levant", "the Armed Forces of Ukraine": a name, not a place
                continue;
            }
            String border = border(t, i);
            if (border != null && afterPreposition(t, i)) {
                if (i >= q.to()) {
                    return border; // "clashes along the Afghanistan-Pakistan border"
                }
                before = border;
                i += 3;
                continue;
            }
            Place p = placeAt(t, i);
            if (p == null) {
                continue;
            }
            if (i >= q.to()) {
                String within = unknownJustBefore(t, i);
                return within != null ? within : p.name; // "a base in Wajiroko in Borno state": Wajiroko
            }
            if (p.to <= q.from() && (before == null || !vocab.gazetteer().within(before, p.name))) {
                before = p.name; // but "on El Fasher, the capital of North Darfur": El Fasher
            }
            i = p.to - 1;
        }
        return before;
    }

    /** Where a force's name of several words that holds a place ends, if one starts at {@code i}; -1 otherwise. */
    private int withinName(List<Token> t, int i) {
        PhraseTable.Match<String> name = vocab.forces.at(t, i);
        if (name == null || name.to() - i < NAME_WITH_PLACE) {
            return -1;
        }
        PhraseTable.Match<String> place = vocab.gazetteer().names().at(t, i);
        return place == null || place.to() < name.to() ? name.to() : -1;
    }

    private record Place(String name, int to) {
    }

    /** "Afghanistan-Pakistan border" starting at {@code i}: two countries and the border between them. */
    private String border(List<Token> t, int i) {
        if (i + 3 >= t.size() || !t.get(i + 1).is("-") || !t.get(i + 3).is("border")) {
            return null;
        }
        PhraseTable.Match<String> a = vocab.gazetteer().names().at(t, i);
        PhraseTable.Match<String> b = vocab.gazetteer().names().at(t, i + 2);
        return a != null && b != null && a.to() == i + 1 && b.to() == i + 3
                ? t.get(i).text() + "-" + t.get(i + 2).text() + " border" : null;
    }

    /**
     * A place the gazetteer lacks, named just before the known one it lies in: "in Wajiroko in
     * Borno state", "in Djibo, Burkina Faso". Null when none.
     */
    private String unknownJustBefore(List<Token> t, int known) {
        if (known < 3 || !(t.get(known - 1).is("in") || t.get(known - 1).is(","))) {
            return null;
        }
        int to = known - 1;
        int from = to;
        while (from > 0 && to - from < 3 && t.get(from - 1).isCapitalized() && t.get(from - 1).isWord()
                && vocab.gazetteer().names().at(t, from - 1) == null && vocab.forces.at(t, from - 1) == null
                && vocab.dateWords.at(t, from - 1) == null) {
            from--;
        }
        if (from == to || from == 0) {
            return null;
        }
        int before = from - 1;
        if (t.get(before).is("the") && before > 0) {
            before--;
        }
        return PLACE_PREPOSITIONS.contains(t.get(before).lower()) ? asWritten(t, from, to) : null;
    }

    private Place placeAt(List<Token> t, int i) {
        PhraseTable.Match<String> m = vocab.gazetteer().names().at(t, i);
        String name;
        int to;
        if (m != null) {
            name = asWritten(t, i, m.to());
            to = m.to();
        } else {
            PhraseTable.Match<String> d = vocab.demonyms.at(t, i);
            if (d == null || !placeLikeAfter(t, d.to())) {
                return null; // "Russian training sites" is a place, "Azerbaijani attacks" is not
            }
            name = d.value();
            to = d.to();
        }
        if (!afterPreposition(t, i) || (to < t.size() && !standsAlone(t.get(to), m != null)) || bannedIn(t, i)) {
            return null;
        }
        // Russia's Kursk region: the more precise place
        while (to + 1 < t.size() && t.get(to).is("'s")) {
            PhraseTable.Match<String> inner = vocab.gazetteer().names().at(t, to + 1);
            if (inner == null) {
                break;
            }
            name = asWritten(t, to + 1, inner.to());
            to = inner.to();
        }
        return new Place(name, to);
    }

    /** Where the name starts in "[northern] village of X": after the "of", else {@code from}. */
    private static int pastSettlementNoun(List<Token> t, int from) {
        int k = from;
        if (k < t.size() && FILLERS.contains(t.get(k).lower()) && !t.get(k).is("the")) {
            k++;
        }
        if (k + 1 < t.size() && SETTLEMENTS.contains(t.get(k).lower()) && t.get(k + 1).is("of")) {
            return k + 2;
        }
        return from;
    }

    private static final Set<String> SETTLEMENTS = Set.of("village", "villages", "town", "towns", "city", "district",
            "neighbourhood", "neighborhood", "suburb", "area", "region", "province", "governorate", "camp");

    private static final Set<String> INCLUDING = Set.of("including", "among");
    /** How far a ", including ..." aside may run to its closing comma. */
    private static final int ASIDE_REACH = 10;
    /** Nouns after a capital's name that make it its government, even after "in": "in Damascus government-held areas". */
    private static final Set<String> SPEAKS_FOR = Set.of("government", "regime", "authorities", "officials", "forces",
            "troops", "army", "military");
    /** "Syrias" for "Syria's": a known name with its apostrophe lost, not another place. */
    private boolean lostApostrophe(Token w) {
        String text = w.text();
        return text.length() > 3 && text.endsWith("s") && vocab.gazetteer().canonical(text.substring(0, text.length() - 1)) != null;
    }

    /** "killed in Mondays fighting": a day (its apostrophe lost), not a place. */
    private static boolean isDay(Token w) {
        String day = w.lower();
        return NotACount.WEEKDAYS.contains(day.endsWith("s") ? day.substring(0, day.length() - 1) : day);
    }

    /** Prepositions after which a capitalised name the gazetteer does not know is taken for a place. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "around", "outside", "at", "inside");

    /**
     * A place the gazetteer does not know, named right after a preposition of place in the
     * number's clause: "killed in Wajiroko", "near the Tishreen Dam". Capitalised words that are
     * dates, forces, speakers' titles or sentence furniture are not places.
     */
    String unknownAfter(List<Token> t, Quantity q) {
        if (NotACount.titleCase(t)) {
            return null; // "20 Killed in Car Bomb Blast": a headline capitalises every word, places or not
        }
        for (int i = q.to(); i + 1 < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.is(",") && INCLUDING.contains(t.get(i + 1).lower())) {
                int close = Clauses.nextComma(t, i + 1, ASIDE_REACH);
                if (close > 0) {
                    i = close; // "killed 11 militants, including senior commanders, in a raid in the Hamrin mountains"
                    continue;
                }
            }
            if (tok.is(",") || tok.is(";") || tok.is("—") || tok.is(".")) {
                return null;
            }
            if (!PLACE_PREPOSITIONS.contains(tok.lower())) {
                continue;
            }
            int from = i + 1;
            if (from < t.size() && t.get(from).is("the")) {
                from++;
            }
            from = pastSettlementNoun(t, from); // "in the northern village of Rityan", "near the town of Adra"
            int to = from;
            while (to < t.size() && to - from < 3 && t.get(to).isCapitalized() && t.get(to).isWord()
                    && vocab.dateWords.at(t, to) == null && !isDay(t.get(to)) && !lostApostrophe(t.get(to))
                    && vocab.forces.at(t, to) == null
                    && !vocab.isFunctionWord(t.get(to)) && !vocab.speakerTitles.contains(t.get(to).lower())) {
                to++;
                if (to + 1 < t.size() && t.get(to).is("-") && !t.get(to).spaceBefore() && t.get(to + 1).isCapitalized()) {
                    to++; // "in the North-East": one name
                }
            }
            if (to > from) {
                if (to < t.size() && (FEATURES.contains(t.get(to).lower()) || SETTLEMENTS.contains(t.get(to).lower())
                        || t.get(to).is("mountains") || t.get(to).is("region"))) {
                    to++; // "the Tishreen Dam", "Hamrin mountains"
                }
                return asWritten(t, from, to);
            }
        }
        return null;
    }

    /**
     * A named feature the gazetteer lacks, after a preposition of place before the number in its
     * clause: "clashes near the Tishreen Dam between the SDF and the factions killed 26".
     */
    String featureBefore(List<Token> t, Quantity q) {
        for (int i = q.from() - 1; i > 1; i--) {
            if (t.get(i).is(";") || t.get(i).is(":") || t.get(i).is("—")) {
                return null;
            }
            if (!t.get(i).isCapitalized() || !FEATURES.contains(t.get(i).lower())) {
                continue;
            }
            int from = i;
            while (from > 0 && i - from < 3 && t.get(from - 1).isCapitalized() && t.get(from - 1).isWord()
                    && vocab.forces.at(t, from - 1) == null) {
                from--;
            }
            int before = from > 0 && t.get(from - 1).is("the") ? from - 2 : from - 1;
            if (from < i && before >= 0 && PLACE_PREPOSITIONS.contains(t.get(before).lower())) {
                return asWritten(t, from, i + 1);
            }
        }
        return null;
    }

    /**
     * A place named anywhere in the sentence, with or without a preposition ("Aleppo clashes kill
     * 20"): the first after the number, else the nearest before it. For a count whose own clause
     * names no place.
     */
    String anywhere(List<Token> t, Quantity q) {
        List<String> all = new java.util.ArrayList<>();
        String first = places(t, q, all, true);
        return first != null ? first : all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Every place {@link #anywhere} would take in {@code t}, in order, into {@code out}. */
    void placesIn(List<Token> t, List<String> out) {
        places(t, Quantity.PAST_THE_END, out, false);
    }

    /**
     * Collects the places before the number into {@code before}; returns the first after it, or null.
     * With {@code pairsOnce}, the second of two places joined by "and" ("near Kostiantynivka and
     * Siversk") is left out, so that the nearest place before the number is the pair's first.
     */
    private String places(List<Token> t, Quantity q, List<String> before, boolean pairsOnce) {
        int lastEnd = -2; // no place yet: none can end just before the first word
        for (int i = 0; i < t.size(); i++) {
            String border = border(t, i);
            if (border != null) {
                if (i >= q.to()) {
                    return border;
                }
                before.add(border);
                i += 3;
                continue;
            }
            if (!t.get(i).isCapitalized()) {
                continue;
            }
            int nameEnd = withinName(t, i);
            if (nameEnd > i) {
                i = nameEnd - 1; // "fighters of the Islamic State West Africa Province": a group, not a place
                continue;
            }
            PhraseTable.Match<String> m = vocab.gazetteer().names().at(t, i);
            if (m == null) {
                continue;
            }
            if (vocab.gazetteer().parent(m.value()) == null || (m.to() < t.size() && t.get(m.to()).is("-"))) {
                i = m.to() - 1;
                continue; // a country named in passing ("Britain-based", "US-led") places no one
            }
            if (m.to() < t.size() && !standsAlone(t.get(m.to()), true) && !placeLikeAfter(t, m.to())
                    && !EVENTS.contains(t.get(m.to()).lower()) && !(i > 0 && TARGETED.contains(t.get(i - 1).lower()))
                    && !(i > 0 && PLACE_PREPOSITIONS.contains(t.get(i - 1).lower()) && !SPEAKS_FOR.contains(t.get(m.to()).lower()))) {
                i = m.to() - 1;
                continue; // "Aleppo's", "the Boukamal strike", "against Manbij began", "in Aleppo between" are fine; "Damascus government" is not a place
            }
            if (speaksFor(t, i, m.to()) || dateline(t, i) || bannedIn(t, i)) {
                i = m.to() - 1;
                continue; // "Seoul's spy agency", "Kyiv says", "according to Kyiv": a government, not a place
            }
            String name = asWritten(t, i, m.to());
            if (i >= q.to()) {
                return name;
            }
            if (!(pairsOnce && lastEnd == i - 1 && t.get(i - 1).is("and"))) {
                before.add(name);
            }
            lastEnd = m.to();
            i = m.to() - 1;
        }
        return null;
    }

    private static final Set<String> WITHDRAWALS = Set.of("withdraw", "withdraws", "withdrawing", "withdrew",
            "withdrawn", "pull", "pulls", "pulling", "pulled", "leave", "leaves", "leaving", "left", "evacuate",
            "evacuated", "evacuating", "redeploy", "redeployed", "redeploying");

    private static boolean withdrawalBefore(List<Token> t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 10); j--) {
            if (WITHDRAWALS.contains(t.get(j).lower())) {
                return true;
            }
            if (t.get(j).isClauseBreak()) {
                return false;
            }
        }
        return false;
    }

    /** "BEIRUT, Oct 3 (Reuters) -": where the reporter files from, not where the personnel are. */
    private static boolean dateline(List<Token> t, int i) {
        String w = t.get(i).text();
        boolean capitals = w.length() > 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        return capitals && (i <= 2 || i + 1 < t.size() && t.get(i + 1).is("(")); // "... MOSCOW (Sputnik) According to"
    }

    private static final Set<String> WHOLE_MILITARY = Set.of("armed", "forces", "military", "army", "defence",
            "defense", "personnel");

    /**
     * Whether the count is a state's armed forces as a whole, in its clause: "Taiwan's armed forces
     * number around 215,000", "Myanmar's military is estimated to have 150,000 personnel". Their
     * place is their country.
     */
    boolean wholeMilitaryOf(List<Token> t, Quantity q, String force) {
        for (int i = q.from() - 1; i >= 0; i--) {
            if (t.get(i).isClauseBreak() && !t.get(i).is(",")) {
                return false;
            }
            PhraseTable.Match<String> m = vocab.forces.at(t, i);
            if (m == null || !force.equals(m.value()) || m.to() > q.from()) {
                continue;
            }
            int k = m.to() < t.size() && t.get(m.to()).is("'s") ? m.to() + 1 : m.to();
            return k > m.to() && k < t.size() && WHOLE_MILITARY.contains(t.get(k).lower());
        }
        return false;
    }

    /** Whether the sentence speaks of the fight the claim before it told of: "during the raid", "in the same clashes". */
    boolean namesTheEventBefore(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if ((t.get(k).is("the") || t.get(k).is("that") || t.get(k).is("same")) && EVENTS.contains(t.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence speaks of a place named before it: "in the city", "near the town", "the village". */
    boolean namesAPlaceBefore(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).is("the") && DEFINITE_PLACES.contains(t.get(k + 1).lower())
                    && (k + 2 >= t.size() || !t.get(k + 2).is("of"))) {
                return true; // not "the city of Aleppo", which names it
            }
        }
        return false;
    }

    private static final Set<String> DEFINITE_PLACES = Set.of("city", "town", "village", "area", "district",
            "province", "region", "enclave");

    /** "Jabhat Fatah al-Sham (banned in Russia)": a publisher's legal notice, not where anyone is. */
    private static boolean bannedIn(List<Token> t, int i) {
        return i >= 2 && t.get(i - 1).is("in") && BANNED.contains(t.get(i - 2).lower());
    }

    private static final Set<String> BANNED = Set.of("banned", "outlawed", "prohibited", "proscribed");

    private boolean speaksFor(List<Token> t, int from, int to) {
        if (from >= 2 && t.get(from - 2).is("according") && t.get(from - 1).is("to")) {
            return true;
        }
        if (to < t.size() && t.get(to).is("'s")) {
            return vocab.gazetteer().names().at(t, to + 1) == null && !placeLikeAfter(t, to + 1);
        }
        return to < t.size() && vocab.reportingVerbs.at(t, to) != null;
    }

    /** The place as the text writes it ("Raqa", "Kobane"): how an analyst searches for it; the gazetteer knows every spelling. */
    private String asWritten(List<Token> t, int from, int to) {
        if (t.get(from).text().length() > 1 && t.get(from).text().equals(t.get(from).text().toUpperCase(java.util.Locale.ROOT))) {
            String canonical = vocab.gazetteer().canonical(t.get(from).text()); // "RUSSIA" in a shouted headline
            if (canonical != null && to == from + 1) {
                return canonical;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && t.get(k).spaceBefore()) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }

    private static boolean placeLikeAfter(List<Token> t, int k) {
        for (int i = k; i < Math.min(t.size(), k + 2); i++) {
            if (PLACE_LIKE.contains(t.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A place name is used as a place when nothing, or a word like "region", follows it ("U.S. bases" is not). */
    private boolean standsAlone(Token next, boolean name) {
        if (!next.isWord() || next.is("'s") || vocab.isFunctionWord(next)) {
            return true;
        }
        if (next.is("a") || next.is("an") || vocab.isNumber(next)) {
            return true; // "into southern Lebanon a month ago", "in Aleppo two days ago"
        }
        return name ? PLACE_NOUNS.contains(next.lower()) || VERBS_AFTER_PLACE.contains(next.lower()) : !FEATURES.contains(next.lower());
    }

    /** Verbs of a tally after a place: "Russian troops in Belarus numbered 9,000", "... in Belarus rose from 3,000". */
    private static final Set<String> VERBS_AFTER_PLACE = Set.of("rose", "grew", "fell", "numbered", "number", "numbers", "stood",
            "stand", "stands", "remain", "remains", "remained", "totalled", "totaled", "total", "totals", "reached",
            "exceeded", "exceed", "exceeds", "increased", "decreased", "doubled", "tripled", "dropped", "climbed");

    private boolean afterPreposition(List<Token> t, int i) {
        int stop = Math.max(0, i - 4);
        for (int k = i - 1; k >= stop; k--) {
            String w = t.get(k).lower();
            if (w.equals("of") && k > 1 && SETTLEMENTS.contains(t.get(k - 1).lower())) {
                k--; // "outside the town of Kobane", "near the embattled town of Kobane"
                if (!FILLERS.contains(t.get(k - 1).lower()) && !PREPOSITIONS.contains(t.get(k - 1).lower())) {
                    k--;
                }
                stop = Math.max(0, k - 3);
                continue;
            }
            if (w.equals("from") && withdrawalBefore(t, k)) {
                return true; // "withdrawing its 1,500 fighters from Mali": they were in Mali
            }
            if (PREPOSITIONS.contains(w)) {
                return !(w.equals("to") && k > 0 && t.get(k - 1).is("according"));
            }
            if (w.equals("for") && k > 0 && FOUGHT_OVER.contains(t.get(k - 1).lower())) {
                return true;
            }
            if (!FILLERS.contains(w) && !w.equals("-")) {
                return false;
            }
        }
        return false;
    }
}

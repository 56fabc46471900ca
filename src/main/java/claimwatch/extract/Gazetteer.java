package claimwatch.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Places and the places they lie in (Bakhmut ⊂ Donetsk ⊂ Ukraine), read from
 * {@code countries.txt} and {@code places.txt}. Trackers use it to roll claims up:
 * {@code within("Kursk", "Russia")} is true, {@code country("Bakhmut")} is "Ukraine".
 * Names are compared case-blind and any listed alternative name works ("Kiev" is Kyiv).
 * Immutable once built.
 */
public final class Gazetteer {

    private final Map<String, String> canonical = new HashMap<>();   // lower-case name -> place
    private final Map<String, String> parent = new HashMap<>();      // place -> parent place
    private final Map<String, String> isoOfCountry = new HashMap<>(); // country -> ISO alpha-3
    private final Map<String, String> countryOfIso = new HashMap<>();
    private final PhraseTable<String> names = new PhraseTable<>();

    Gazetteer(List<String[]> countries, List<String[]> places, Tokenizer tokenizer) {
        for (String[] row : countries) {
            String country = row[0];
            String iso = VocabularyFile.column(row, 1);
            isoOfCountry.put(country, iso);
            countryOfIso.put(iso, country);
            name(country, country, tokenizer);
        }
        for (String[] row : places) {
            String place = row[0];
            name(place, place, tokenizer);
            String up = VocabularyFile.column(row, 1);
            if (!up.isEmpty()) {
                parent.put(place, up);
            }
            for (String alias : VocabularyFile.column(row, 2).split(",")) {
                if (!alias.isBlank()) {
                    name(alias.strip(), place, tokenizer);
                }
            }
        }
    }

    /** The places bundled with claimwatch. */
    public static Gazetteer defaults() {
        return Vocabulary.defaults().gazetteer();
    }

    /** The gazetteer of vocabulary files in {@code dir}, bundled files standing in for missing ones. */
    public static Gazetteer fromDirectory(Path dir) {
        return Vocabulary.fromDirectory(dir).gazetteer();
    }

    /** The place as the gazetteer names it ("Kiev" gives "Kyiv"), or null when unknown. */
    public String canonical(String name) {
        return name == null ? null : canonical.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The place a place lies in, or null for a country or an unknown name. */
    public String parent(String place) {
        String p = canonical(place);
        return p == null ? null : parent.get(p);
    }

    /** True when {@code place} is {@code scope} or lies inside it; a scope may also be an ISO code ("RUS"). */
    public boolean within(String place, String scope) {
        String p = canonical(place);
        if (p == null || scope == null) {
            return false;
        }
        String s = canonical(scope);
        if (s == null) {
            s = countryOfIso.get(scope.strip().toUpperCase(Locale.ROOT));
        }
        if (s == null) {
            return false;
        }
        for (String at = p; at != null; at = parent.get(at)) {
            if (at.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** The country a place lies in ("Sudzha" gives "Russia"), itself for a country, or null. */
    public String country(String place) {
        for (String at = canonical(place); at != null; at = parent.get(at)) {
            if (isoOfCountry.containsKey(at)) {
                return at;
            }
        }
        return null;
    }

    /** Whether {@code place} is a country itself ("Syria"), not a place in one. */
    public boolean isCountry(String place) {
        String country = country(place);
        return country != null && country.equals(canonical(place));
    }

    /** The ISO 3166-1 alpha-3 code of the country a place lies in, or null. */
    public String iso(String place) {
        String c = country(place);
        return c == null ? null : isoOfCountry.get(c);
    }

    /** The country of an ISO code ("PRK" gives "North Korea"), or null. */
    public String countryOfIso(String iso) {
        return iso == null ? null : countryOfIso.get(iso);
    }

    PhraseTable<String> names() {
        return names;
    }

    private void name(String name, String place, Tokenizer tokenizer) {
        canonical.putIfAbsent(name.toLowerCase(Locale.ROOT), place);
        names.add(words(tokenizer, name), name, place);
    }

    static List<String> words(Tokenizer tokenizer, String phrase) {
        return tokenizer.tokenize(phrase).stream().map(Token::text).toList();
    }
}

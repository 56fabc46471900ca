package claimwatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases looked up over tokens, longest match first. Phrases written in capitals
 * only ("US", "DPRK") match case-sensitively so the pronoun "us" is not the United States.
 */
final class PhraseTable<V> {

    record Match<V>(int from, int to, V value, String phrase) {
    }

    private record Entry<V>(String[] words, boolean exactCase, V value, String phrase) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    /** The most words of any phrase. */
    private int longest = 1;
    /** Words that, after a hyphen, make a phrase a modifier of what follows rather than a match ("al-Qaeda-linked"). */
    private java.util.Set<String> notBeforeHyphen = java.util.Set.of();

    /**
     * From now on a phrase followed by "-", one of {@code words} and another phrase is no match: "the
     * al-Qaeda-linked JNIM", "Iran-backed Houthis".
     */
    void refuseBeforeHyphen(java.util.Collection<String> words) {
        notBeforeHyphen = java.util.Set.copyOf(words);
    }

    void add(List<String> words, String phrase, V value) {
        if (words.isEmpty()) {
            return;
        }
        boolean exactCase = phrase.chars().anyMatch(Character::isLetter)
                && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT));
        String[] keys = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
        String[] forms = exactCase ? words.toArray(String[]::new) : keys;
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(keys[0], k -> new ArrayList<>());
        entries.add(new Entry<>(forms, exactCase, value, phrase));
        longest = Math.max(longest, keys.length);
        entries.sort((a, b) -> b.words.length - a.words.length);
    }

    boolean containsWord(String lowerWord) {
        return byFirstWord.containsKey(lowerWord);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> entries = byFirstWord.get(tokens.get(i).lower());
        if (entries == null) {
            return null;
        }
        for (Entry<V> e : entries) {
            if (matches(e, tokens, i)) {
                return new Match<>(i, i + e.words.length, e.value, e.phrase);
            }
        }
        return null;
    }

    /** The longest phrase that ends just before token {@code end}, looking back at most {@code maxWords}. */
    Match<V> endingAt(List<Token> tokens, int end, int maxWords) {
        for (int from = Math.max(0, end - maxWords); from < end; from++) {
            List<Entry<V>> entries = byFirstWord.get(tokens.get(from).lower());
            if (entries == null) {
                continue;
            }
            for (Entry<V> e : entries) {
                if (from + e.words.length == end && matches(e, tokens, from)) {
                    return new Match<>(from, end, e.value, e.phrase);
                }
            }
        }
        return null;
    }

    /** The first phrase found in tokens {@code [from, to)}, scanning forwards. */
    Match<V> firstIn(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            Match<V> m = at(tokens, i);
            if (m != null && m.to() <= to) {
                return m;
            }
        }
        return null;
    }

    /** The last phrase found in tokens {@code [from, to)}, scanning backwards. */
    Match<V> lastIn(List<Token> tokens, int from, int to) {
        for (int i = Math.min(to, tokens.size()) - 1; i >= Math.max(0, from); i--) {
            Match<V> m = covering(tokens, i, from);
            if (m != null && m.to() <= to) {
                return m;
            }
        }
        return null;
    }

    /**
     * For a scan that walks back: the phrase matched at {@code i}, or, when one that starts
     * earlier (but not before {@code from}) runs over {@code i}, that longer phrase. "South Sudan",
     * not "Sudan"; "South Sudanese", not "Sudanese".
     */
    Match<V> covering(List<Token> tokens, int i, int from) {
        Match<V> m = at(tokens, i);
        if (m == null) {
            return null;
        }
        for (int j = Math.max(Math.max(0, from), i - longest + 1); j < i; j++) {
            Match<V> wider = at(tokens, j);
            if (wider != null && wider.to() > i) {
                return wider;
            }
        }
        return m;
    }

    private boolean matches(Entry<V> e, List<Token> tokens, int i) {
        int end = i + e.words.length;
        if (end > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.words.length; k++) {
            Token t = tokens.get(i + k);
            String have = e.exactCase ? t.text() : t.lower();
            if (!have.equals(e.words[k])) {
                return false;
            }
        }
        return !modifiesNameAfter(tokens, end);
    }

    /** "al-Qaeda" in "the al-Qaeda-linked JNIM"; but "12 al-Qaeda-linked fighters" are al-Qaeda's: no other name follows. */
    private boolean modifiesNameAfter(List<Token> tokens, int end) {
        return end + 1 < tokens.size() && tokens.get(end).is("-") && notBeforeHyphen.contains(tokens.get(end + 1).lower())
                && at(tokens, end + 2) != null;
    }
}

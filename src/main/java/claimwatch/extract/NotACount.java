package claimwatch.extract;

import java.util.List;
import java.util.Set;

/**
 * Turns down numbers that are not counts of anything: sums ("$1.5 million"), shares ("1%"),
 * dates and times ("Oct. 8", "11/29/2024", "3 p.m."), years ("since 2006"), model names
 * ("Hwasong-19", "F-16") and compound adjectives ("15-member council", "10-year").
 */
final class NotACount {

    private static final Set<String> CURRENCY = Set.of("$", "€", "£", "¥", "₽", "₴", "us$", "usd", "eur", "rs");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "of", "from", "until", "till",
            "before", "after", "during", "to", "between", "and", "-", ",", "the", "early", "late", "mid", "year");
    private static final Set<String> COMPOUND_OK = Set.of("strong", "odd", "plus");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private static final int CUE_WINDOW = 6;
    /** Words after a number that make it a counter of the web page the story was taken from. */
    private static final java.util.Set<String> PAGE_FURNITURE = java.util.Set.of("tags", "views", "comments",
            "shares", "likes", "reads", "reactions");

    private final Vocabulary vocab;

    NotACount(Vocabulary vocab) {
        this.vocab = vocab;
    }

    boolean rejects(List<Token> t, Quantity q) {
        int a = q.numFrom();
        int b = q.numTo();
        Token first = t.get(a);
        Token before = a > 0 ? t.get(a - 1) : null;
        Token after = b < t.size() ? t.get(b) : null;
        if (before != null && CURRENCY.contains(before.lower())) {
            return true;
        }
        if (after != null && (after.is("%") || after.is("/") || after.is(":") && !after.spaceBefore() || after.is("."))
                && b + 1 < t.size() && t.get(b + 1).isNumber() && !t.get(b + 1).spaceBefore()) {
            return true; // 11/29/2024, 3:45, 1.2.3
        }
        if (dashedDate(t, a) || dashedDate(t, a - 2) || dashedDate(t, a - 4)) {
            return true; // 27-07-2016, 16-02-2015: a dateline, not a range
        }
        if (after != null && after.is("%")) {
            return true;
        }
        if (before != null && (before.is("/") || before.is(":") || before.is("#")) && !first.spaceBefore()) {
            return true;
        }
        if (before != null && before.is("-") && !first.spaceBefore() && !before.spaceBefore() && a > 1
                && t.get(a - 2).isWord() && !vocab.numberWords.containsKey(t.get(a - 2).lower())) {
            return true; // Hwasong-19, F-16
        }
        if (first.isNumber() && before != null && before.isWord() && !first.spaceBefore()) {
            return true; // letters written onto digits: A330
        }
        if (after != null && after.is("-") && !after.spaceBefore() && b + 1 < t.size() && t.get(b + 1).isWord()
                && !t.get(b + 1).spaceBefore() && !COMPOUND_OK.contains(t.get(b + 1).lower())
                && !vocab.numberWords.containsKey(t.get(b + 1).lower())
                && vocab.qualifiersAfter.at(t, b + 1) == null) {
            return true; // 15-member, 10-year
        }
        if (after != null && PAGE_FURNITURE.contains(after.lower()) || before != null && before.is("URL")) {
            return true; // "963 Tags Syrian Democratic Forces ...", "Get short URL 54015": the page around the story
        }
        if (inName(t, a, b)) {
            return true; // "the United 4 Ukraine members", "the Group of Seven", "the Great Seven"
        }
        if (vocab.dateWords.endingAt(t, a, 2) != null || vocab.dateWords.at(t, b) != null) {
            return true;
        }
        for (int k = q.from() - 1; k >= Math.max(0, q.from() - CUE_WINDOW) && !t.get(k).isClauseBreak(); k--) {
            if (vocab.notACountCues.contains(t.get(k).lower())) {
                return true; // a goal, shortfall or cut
            }
        }
        if (isYear(first, q) && before != null && (before.isNumber() || vocab.dateWords.at(t, a - 1) != null)) {
            return true; // "June 11 2016 Suicide bombers": the year of a dateline
        }
        return isYear(first, q) && (before == null || YEAR_PREPOSITIONS.contains(before.lower())
                || after == null || !after.isWord() || vocab.personnel.at(t, b) == null);
    }

    /**
     * A number that is part of a name in running text: a capitalised number word mid-sentence
     * ("the Group of Seven"), or digits between capitalised words ("United 4 Ukraine"). Not in a
     * headline, where every word is capitalised ("Army Kills 50 Al-Nusra Terrorists").
     */
    private boolean inName(List<Token> t, int a, int b) {
        if (a == 0 || b >= t.size() || titleCase(t)) {
            return false;
        }
        Token first = t.get(a);
        boolean capitalisedWord = !first.isNumber() && Character.isUpperCase(first.text().charAt(0))
                && t.get(a - 1).isWord(); // not "(Reuters) - Twenty-one Israeli soldiers"
        boolean between = first.isNumber() && a >= 2 && capitalised(t.get(a - 1)) && capitalised(t.get(b))
                && t.get(a - 2).isWord() // not "Over 110 Al-Nusra terrorists" opening a sentence or quote
                && !WEEKDAYS.contains(t.get(a - 1).lower()); // nor "Also Wednesday 22 Daesh fighters"
        return capitalisedWord || between;
    }

    private static boolean capitalised(Token w) {
        return w.isWord() && Character.isUpperCase(w.text().charAt(0));
    }

    /** Whether most of a sentence's words are capitalised, as in a headline. */
    static boolean titleCase(List<Token> t) {
        int words = 0;
        int capitals = 0;
        for (Token w : t) {
            if (w.isWord() && w.text().length() > 3) {
                words++;
                capitals += capitalised(w) ? 1 : 0;
            }
        }
        return capitals * 2 > words;
    }

    /** Digits-dash-digits-dash-digits starting at {@code i}, no spaces: a date written with dashes. */
    private static boolean dashedDate(List<Token> t, int i) {
        if (i < 0 || i + 4 >= t.size()) {
            return false;
        }
        for (int k = i; k <= i + 4; k++) {
            Token tok = t.get(k);
            boolean wanted = (k - i) % 2 == 0 ? tok.isNumber() : tok.is("-");
            if (!wanted || (k > i && tok.spaceBefore())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(Token first, Quantity q) {
        if (!first.isNumber() || first.lower().length() != 4 || q.value() == null) {
            return false;
        }
        long v = q.value();
        return v >= 1800 && v <= 2100 && q.numTo() - q.numFrom() <= (q.high() == null ? 1 : 3);
    }
}

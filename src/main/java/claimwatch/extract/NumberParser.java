package claimwatch.extract;

import java.util.List;

/**
 * Works out the value of a number written in digits, words or both, starting at a token:
 * "10,000", "12 000", "1.5 million", "half-million", "a half-million", "half a million",
 * "15-hundred", "ten-thousand", "twenty-five", "six", "a dozen", "two dozen". Finding where a
 * number is and what it is worth are kept apart: this class only reads the value.
 */
final class NumberParser {

    /** A number read from tokens {@code [from, to)}; {@code scaled} when it ends in a scale word. */
    record Parsed(int from, int to, double value, boolean scaled) {
    }

    private final Vocabulary vocab;

    NumberParser(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /** The number starting at token {@code i}, or null when none starts there. */
    Parsed parse(List<Token> t, int i) {
        int j = i;
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean scaled = false;
        boolean lastScale = false;
        boolean lastTens = false;
        double fraction = 0;
        if (j < t.size() && (t.get(j).is("a") || t.get(j).is("an"))) {
            Vocabulary.NumberWord next = word(t, j + 1);
            if (next == null || next.kind().equals("unit")) {
                return null;
            }
            current = 1;
            j++;
        }
        while (j < t.size()) {
            Token tok = t.get(j);
            if (tok.isNumber()) {
                if (any && !lastScale) {
                    break;
                }
                Double v = digits(tok.lower());
                if (v == null) {
                    return any ? new Parsed(i, j, total + current, scaled) : null;
                }
                current = v;
                any = true;
                lastScale = false;
                lastTens = false;
                j++;
                continue;
            }
            Vocabulary.NumberWord w = word(t, j);
            if (w != null) {
                switch (w.kind()) {
                    case "unit" -> {
                        if (any && !(lastTens && w.value() < 10) && !lastScale) {
                            return new Parsed(i, j, total + current, scaled);
                        }
                        current = lastTens ? current + w.value() : (lastScale ? current + w.value() : w.value());
                        lastTens = w.value() >= 20 && w.value() < 100;
                    }
                    case "scale" -> {
                        double base = fraction > 0 ? fraction : (current == 0 ? 1 : current);
                        if (!any && fraction == 0 && current == 0) {
                            return null; // "thousand" alone: "thousands" is a vague amount
                        }
                        fraction = 0;
                        current = base * w.value();
                        if (w.value() >= 1000) {
                            total += current;
                            current = 0;
                        }
                        scaled = true;
                        lastScale = true;
                        lastTens = false;
                        any = true;
                        j++;
                        continue;
                    }
                    case "dozen" -> {
                        current = (current == 0 ? 1 : current) * w.value();
                        lastTens = false;
                    }
                    case "fraction" -> {
                        if (!isScaleAhead(t, j + 1)) {
                            return any ? new Parsed(i, j, total + current, scaled) : null;
                        }
                        fraction = w.value() * (current == 0 ? 1 : current);
                        current = 0;
                        j++;
                        if (j < t.size() && t.get(j).is("a")) {
                            j++; // half a million
                        }
                        continue;
                    }
                    default -> {
                        return any ? new Parsed(i, j, total + current, scaled) : null;
                    }
                }
                any = true;
                lastScale = false;
                j++;
                continue;
            }
            if (any && tok.isJoiner() && tok.is("-") && !tok.spaceBefore() && j + 1 < t.size()
                    && !t.get(j + 1).spaceBefore() && word(t, j + 1) != null) {
                j++; // twenty-five, 15-hundred, ten-thousand
                continue;
            }
            if (fraction > 0 && tok.is("-") && j + 1 < t.size() && word(t, j + 1) != null) {
                j++; // half-million
                continue;
            }
            if (any && !lastScale && tok.is("and") && j + 3 < t.size() && t.get(j + 1).is("a")
                    && t.get(j + 2).is("half") && isScaleAhead(t, j + 3)) {
                current += 0.5; // four and a half thousand
                j += 3;
                continue;
            }
            if (any && lastScale && tok.is("and") && word(t, j + 1) != null && "unit".equals(word(t, j + 1).kind())) {
                j++; // one hundred and fifty
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        return new Parsed(i, j, total + current, scaled);
    }

    private boolean isScaleAhead(List<Token> t, int j) {
        if (j < t.size() && (t.get(j).is("-") || t.get(j).is("a"))) {
            j++;
        }
        Vocabulary.NumberWord w = word(t, j);
        return w != null && w.kind().equals("scale");
    }

    private Vocabulary.NumberWord word(List<Token> t, int j) {
        return j < t.size() && t.get(j).isWord() ? vocab.numberWords.get(t.get(j).lower()) : null;
    }

    /** "10,000", "1.5", "12 000"; null when letters are written onto the digits ("42nd", "10km"). */
    static Double digits(String s) {
        boolean commaGroups = s.indexOf(',') >= 0;
        long whole = 0;
        long fraction = 0;
        long scale = 1;
        boolean inFraction = false;
        int digitCount = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                if (++digitCount > 15) {
                    return null; // not a count of anything
                }
                if (inFraction) {
                    fraction = fraction * 10 + (c - '0');
                    scale *= 10;
                } else {
                    whole = whole * 10 + (c - '0');
                }
            } else if (c == '.' && !commaGroups && !inFraction) {
                inFraction = true;
            } else if (c != ',' && !Chars.isSpace(c)) {
                return null;
            }
        }
        return whole + (double) fraction / scale;
    }
}

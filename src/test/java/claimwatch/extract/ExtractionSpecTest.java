package claimwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimwatch.ingest.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code specs/extraction-cases.txt} (its header gives the format). */
class ExtractionSpecTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    record Case(String section, String source, String title, String text, List<String[]> expected) {
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        String section = "";
        String source = null;
        String title = null;
        StringBuilder text = new StringBuilder();
        List<String[]> expected = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.startsWith("@ ") || line.startsWith("^ ")) {
                if (!expected.isEmpty()) {
                    out.add(argument(section, source, title, text, expected));
                    source = null;
                    title = null;
                    text.setLength(0);
                    expected = new ArrayList<>();
                }
                if (line.startsWith("@ ")) {
                    source = line.substring(2).strip();
                } else {
                    title = line.substring(2).strip();
                }
            } else if (line.startsWith("> ")) {
                if (!expected.isEmpty()) {
                    out.add(argument(section, source, title, text, expected));
                    source = null;
                    title = null;
                    text.setLength(0);
                    expected = new ArrayList<>();
                }
                text.append(text.length() > 0 ? "\n" : "").append(line.substring(2));
            } else if (line.startsWith("= ")) {
                String body = line.substring(2).strip();
                if (!body.equals("none")) {
                    String[] cols = body.split("\\|", -1);
                    for (int i = 0; i < cols.length; i++) {
                        cols[i] = cols[i].strip();
                    }
                    expected.add(cols);
                } else {
                    expected.add(new String[0]);
                }
            }
        }
        if (!expected.isEmpty()) {
            out.add(argument(section, source, title, text, expected));
        }
        return out.stream();
    }

    private static Arguments argument(String section, String source, String title, StringBuilder text,
                                      List<String[]> expected) {
        List<String[]> claims = expected.stream().filter(e -> e.length > 0).toList();
        String t = text.toString();
        String name = section + ": " + (t.length() > 90 ? t.substring(0, 90) + "…" : t);
        return Arguments.of(Named.of(name, new Case(section, source, title, t, claims)));
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = ExtractionSpecTest.class.getResourceAsStream("/specs/extraction-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatAnAnalystWouldRead(Case c) {
        List<Claim> claims = EXTRACTOR.extract(new Article("case", c.source(), null, null, c.title(), c.text()));
        String got = "\n  «" + c.text() + "»" + describe(claims);
        assertEquals(c.expected().size(), claims.size(), "claims: " + got);
        for (int i = 0; i < claims.size(); i++) {
            String[] e = c.expected().get(i);
            Claim a = claims.get(i);
            String where = "claim " + i + " of " + got;
            check(e[0], a.force(), where);
            check(e[1], a.measure().toString(), where);
            if (e[2].equals("~")) {
                assertTrue(a.isVague(), "a vague amount expected: " + where);
            } else {
                check(e[2], a.value() == null ? null : a.value().toString(), where);
            }
            check(e[3], a.high() == null ? null : a.high().toString(), where);
            check(e[4], a.qualifier().toString(), where);
            check(e[5], a.location(), where);
            if (e[6].equals("-")) {
                assertEquals(null, a.attributedTo(), "speaker: " + where);
            } else if (!e[6].equals("*")) {
                assertTrue(a.attributedTo() != null && a.attributedTo().toLowerCase(Locale.ROOT)
                        .contains(e[6].toLowerCase(Locale.ROOT)), "speaker " + e[6] + ": " + where);
            }
            if (e.length > 7) {
                check(e[7], a.attributedParty(), where);
            }
            if (e.length > 8) {
                check(e[8], a.kind().toString(), where);
            }
        }
    }

    private static void check(String expected, String actual, String where) {
        if (expected.equals("*")) {
            return;
        }
        assertEquals(expected.equals("-") ? null : expected, actual, where);
    }

    private static String describe(List<Claim> claims) {
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
            b.append("\n  ").append(String.join(" | ", String.valueOf(c.force()), c.measure().toString(),
                    String.valueOf(c.value()), String.valueOf(c.high()), c.qualifier().toString(),
                    String.valueOf(c.location()), String.valueOf(c.attributedTo()), String.valueOf(c.attributedParty()),
                    c.kind().toString())).append("  «").append(c.amount()).append('»');
        }
        return b.toString();
    }
}

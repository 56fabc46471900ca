package claimwatch.bench;

import java.util.Random;

/**
 * Generated news paragraphs: about half the sentences hold no number, the others hold numbers
 * that are not claims (dates, money, distances, equipment) and, at a paragraph's start, now
 * and then a personnel claim.
 */
final class FillerText {

    private static final String[] FORCES = {"Russian", "North Korean", "U.S.", "Ukrainian", "Israeli", "British",
        "Sudanese", "Ethiopian", "Polish", "Chinese"};
    private static final String[] PLACES = {"Kursk", "Belarus", "Poland", "Donetsk", "Gaza", "Darfur", "Tigray",
        "Romania", "the Middle East", "Syria"};
    private static final String[] SPEAKERS = {"the Pentagon said", "officials said", "according to Kyiv",
        "NATO said on Monday", "a spokesperson told reporters", "the ministry said in a statement"};
    private static final String[] CLAIMS = {
        "About %,d %s troops have been deployed to %s, %s.",
        "More than %,d %s soldiers were killed or wounded near %s, %s.",
        "Up to %,d %s servicemen are stationed in %s, %s.",
        "An estimated %,d %s fighters arrived in %s last week, %s.",
    };
    /** Arguments: 1 a small number, 2 a larger number, 3 a place, 4 a year. */
    private static final String[] PROSE = {
        "The council met on October %1$d for three hours and approved a $%2$d million aid package for %3$s.",
        "Air defences shot down %1$d drones and %2$d missiles over %3$s overnight, the statement said.",
        "The convoy travelled %2$d kilometres from %3$s in %1$d hours, passing through several villages.",
        "Officials in %3$s said %1$d%% of the budget for %4$d would go to shells, fuel and spare parts.",
        "Analysts at the institute published a %2$d-page report on %3$s, drawing on satellite images from %4$d.",
        "Prices rose by %1$d percent in %3$s as the conflict entered its %2$dth day, economists noted.",
        "The ministry said talks would resume in %3$s and that a delegation of %1$d diplomats was ready.",
    };

    /** Sentences without numbers, as most of any article is. */
    private static final String[] PLAIN = {
        "Diplomats in %3$s described the talks as difficult but said neither side wanted to walk away.",
        "The government has repeatedly denied the reports, calling them part of a disinformation campaign.",
        "Residents of %3$s said they heard explosions through the night and saw smoke over the industrial district.",
        "Western governments have urged restraint, while warning that any escalation would be met with a firm response.",
        "Military analysts cautioned that the claims could not be independently verified by journalists on the ground.",
        "The foreign minister is expected to travel to %3$s later this week for consultations with allies.",
        "Satellite imagery reviewed by independent researchers appeared to show new fortifications near %3$s.",
    };

    private FillerText() {
    }

    static String paragraph(Random r) {
        StringBuilder b = new StringBuilder();
        int sentences = 3 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                b.append(' ');
            }
            if (r.nextInt(2) == 0) {
                b.append(String.format(PLAIN[r.nextInt(PLAIN.length)], 0, 0, pick(r, PLACES), 0));
            } else if (r.nextInt(3) == 0 && s == 0) {
                String t = CLAIMS[r.nextInt(CLAIMS.length)];
                b.append(String.format(t, 100 * (1 + r.nextInt(300)), pick(r, FORCES), pick(r, PLACES), pick(r, SPEAKERS)));
            } else {
                b.append(String.format(PROSE[r.nextInt(PROSE.length)], 1 + r.nextInt(30), 10 + r.nextInt(900),
                        pick(r, PLACES), 1990 + r.nextInt(35)));
            }
        }
        return b.toString();
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}

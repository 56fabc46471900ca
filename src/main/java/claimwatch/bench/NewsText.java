package claimwatch.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sentences of generated war and security coverage: personnel figures from several conflicts in
 * many phrasings, numbers that are not claims (civilians, drones, money, distances, years), and
 * plain prose. Figures are those of a small set of evolving estimates, so — as in real coverage —
 * the same figure is reported again and again and the number of distinct claims stays bounded.
 */
final class NewsText {

    /** A conflict's forces, places and the parties quoted about it. */
    private record Conflict(String name, List<String> forces, List<String> places, List<String> speakers,
                            int[] baseFigures) {
    }

    private static final List<Conflict> CONFLICTS = List.of(
            new Conflict("Ukraine", List.of("Russian", "Ukrainian"),
                    List.of("Pokrovsk", "Bakhmut", "Donetsk", "Zaporizhzhia", "Kharkiv", "the Donbas", "Kherson"),
                    List.of("Ukraine's General Staff said", "the Russian Defence Ministry said",
                            "British military intelligence said", "a senior Ukrainian commander said",
                            "the Institute for the Study of War estimated", "Zelensky said in his nightly address"),
                    new int[]{1_200, 45_000, 120_000, 600_000}),
            new Conflict("Korea-Russia", List.of("North Korean"),
                    List.of("Kursk", "Russia's Kursk region", "Russia", "the Russian Far East"),
                    List.of("South Korea's National Intelligence Service said", "the Pentagon said",
                            "Ukraine's military intelligence said", "Zelensky said", "NATO Secretary General Mark Rutte said"),
                    new int[]{1_500, 3_000, 10_000, 12_000}),
            new Conflict("Middle East", List.of("Israeli", "Hamas", "Hezbollah"),
                    List.of("Gaza", "Rafah", "Khan Younis", "southern Lebanon", "the West Bank"),
                    List.of("the Israeli military said", "the IDF said in a statement", "a Hamas official said",
                            "Lebanese security sources said", "Israeli media reported"),
                    new int[]{300, 1_700, 17_000, 40_000}),
            new Conflict("Sudan", List.of("Sudanese", "RSF"),
                    List.of("Darfur", "El Fasher", "Khartoum", "Omdurman", "Kordofan"),
                    List.of("the Sudanese army said", "the Rapid Support Forces said", "UN monitors said",
                            "a regional governor said"),
                    new int[]{200, 2_000, 8_000, 100_000}),
            new Conflict("Deployments", List.of("US", "British", "French", "German", "Polish", "Chinese"),
                    List.of("Poland", "Estonia", "Romania", "South Korea", "Japan", "Syria", "Iraq", "Lithuania",
                            "the South China Sea", "Germany"),
                    List.of("the Pentagon said", "NATO said", "the Ministry of Defence said", "a defence official said",
                            "officials in Warsaw said", "the French armed forces said"),
                    new int[]{900, 4_800, 28_500, 35_000}),
            new Conflict("Sahel", List.of("Malian", "Wagner", "Nigerien", "Burkinabe"),
                    List.of("Mali", "northern Mali", "Niger", "Burkina Faso", "the Sahel"),
                    List.of("a military spokesman said", "regional officials said", "the junta said",
                            "diplomats in Bamako said"),
                    new int[]{150, 1_000, 2_500, 6_000}));

    private static final List<String> NOUNS = List.of("troops", "soldiers", "servicemen", "personnel", "fighters",
            "forces", "marines", "paratroopers");
    private static final List<String> APPROX = List.of("about ", "around ", "an estimated ", "some ", "nearly ",
            "roughly ", "more than ", "at least ", "over ", "up to ", "as many as ", "", "", "");

    /** Personnel figures: %1$s qualifier + number, %2$s force, %3$s noun, %4$s place, %5$s speaker, %6$s day. */
    private static final List<String> CLAIMS = List.of(
            "%1$s %2$s %3$s have been deployed to %4$s, %5$s.",
            "%1$s %2$s %3$s were killed in fighting near %4$s on %6$s, %5$s.",
            "%1$s %2$s %3$s have been killed or wounded around %4$s since the offensive began, %5$s.",
            "%1$s %2$s %3$s were wounded in %4$s over the past week, %5$s.",
            "%1$s %2$s %3$s were taken prisoner in %4$s, %5$s.",
            "%1$s %2$s %3$s are now stationed in %4$s, %5$s.",
            "%1$s %2$s %3$s arrived in %4$s on %6$s, %5$s.",
            "%1$s %2$s %3$s are taking part in exercises in %4$s this month, %5$s.",
            "The %2$s contingent in %4$s now numbers %1$s %3$s, %5$s.",
            "%2$s losses in %4$s have reached %1$s %3$s killed and wounded, %5$s.");
    /** Figures told the other way round: %5$s speaker capitalised, the rest as in {@link #CLAIMS}. */
    private static final List<String> ATTRIBUTED_FIRST = List.of(
            "%5$s that %1$s %2$s %3$s had been sent to %4$s.",
            "%5$s on %6$s that %1$s %2$s %3$s had died in %4$s.",
            "According to %5$s, %1$s %2$s %3$s were captured near %4$s.");
    /** Numbers that are not personnel claims: %1$d small, %2$,d larger, %3$s place, %4$d year, %5$s day. */
    private static final List<String> NOT_CLAIMS = List.of(
            "At least %1$d civilians were killed when a missile hit an apartment block in %3$s on %5$s.",
            "Air defences shot down %1$d drones and %2$,d rounds of artillery were fired overnight, the statement said.",
            "The aid package, worth $%2$,d million, will be delivered to %3$s before the end of %4$d.",
            "The convoy travelled %1$d kilometres from %3$s, passing through %1$d villages.",
            "Officials said %1$d%% of the %4$d budget would go to ammunition and spare parts.",
            "More than %2$,d people have fled %3$s since the start of the year, the UN said.",
            "The Hwasong-19 missile has a range of more than %2$,d kilometres, analysts at 38 North said.",
            "Satellite images from %5$s show %1$d tanks and %1$d artillery pieces near %3$s.",
            "Prices of bread in %3$s rose by %1$d%% in %4$d, the statistics office said.",
            "The %4$d agreement allows for %1$d inspections a year of sites in %3$s.",
            "Some %2$,d homes in %3$s remain without power after strikes on %5$s.",
            "Only %1$d of the %2$,d containers cleared customs in %3$s last month.");
    /** Plain prose: %1$s place, %2$s day, %3$s outlet-neutral source. */
    private static final List<String> PROSE = List.of(
            "Fighting continued along the front line near %1$s on %2$s.",
            "The figure could not be independently verified.",
            "Officials declined to comment on the reports.",
            "Diplomats said talks on a ceasefire had stalled again.",
            "Residents of %1$s described a night of explosions and sirens.",
            "The defence ministry did not respond to a request for comment.",
            "Analysts said the numbers were likely to rise in the coming weeks.",
            "%3$s said the situation around %1$s remained difficult but under control.",
            "The foreign minister is due to travel to %1$s on %2$s for talks.",
            "Humanitarian groups have warned of shortages of food, fuel and medicine.",
            "Western officials said the deployment marked a significant escalation.",
            "The claims could not be confirmed by independent observers.",
            "Parliament is expected to vote on the measure on %2$s.",
            "Satellite imagery reviewed by analysts appeared to show new fortifications near %1$s.",
            "Both sides accused each other of violating the agreement.",
            "The statement gave no further details about the operation near %1$s.",
            "It was not clear how long the units would remain in %1$s.",
            "Aid agencies said access to %1$s had become increasingly difficult.",
            "Officials in %1$s imposed a curfew from 10 p.m. to 6 a.m.",
            "The spokesman said more details would be released in due course.",
            "Markets reacted calmly to the news, with the currency little changed.",
            "Observers said the pace of the advance had slowed in recent days.");
    private static final List<String> PROSE_SOURCES = List.of("Officials", "A military spokesman", "The governor",
            "A senior commander", "The ministry");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Random random;

    NewsText(Random random) {
        this.random = random;
    }

    /** A headline and a body of about {@code targetChars} characters; {@code claimShare} of its sentences state figures. */
    Story story(Instant at, int targetChars, double claimShare, double monthsIn) {
        Conflict conflict = pick(CONFLICTS);
        String place = pick(conflict.places());
        String title = headline(conflict, place, at);
        StringBuilder body = new StringBuilder(targetChars + 400);
        while (body.length() < targetChars) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                double roll = random.nextDouble();
                if (roll < claimShare) {
                    body.append(claim(conflict, monthsIn));
                } else if (roll < claimShare + 0.2) {
                    body.append(notAClaim(conflict, at));
                } else {
                    body.append(prose(conflict));
                }
            }
            body.append("\n\n");
        }
        return new Story(title, body.toString().strip());
    }

    /** A generated article's headline and body. */
    record Story(String title, String body) {
    }

    private String headline(Conflict conflict, String place, Instant at) {
        String force = pick(conflict.forces());
        return switch (random.nextInt(4)) {
            case 0 -> force + " " + pick(NOUNS) + " in " + place + ": what we know";
            case 1 -> "Fighting near " + place + " as " + conflict.name() + " talks stall";
            case 2 -> "Live updates: " + conflict.name() + ", " + at.atZone(ZoneOffset.UTC).format(MONTH_YEAR);
            default -> "Officials weigh the cost of the " + force + " deployment to " + place;
        };
    }

    private String claim(Conflict conflict, double monthsIn) {
        String number = qualifiedFigure(conflict, monthsIn);
        String force = pick(conflict.forces());
        String noun = pick(NOUNS);
        String place = pick(conflict.places());
        String speaker = pick(conflict.speakers());
        String day = pick(DAYS);
        if (random.nextInt(4) == 0) {
            return String.format(pick(ATTRIBUTED_FIRST), number, force, noun, place, capitalised(speaker), day);
        }
        return capitalised(String.format(pick(CLAIMS), number, force, noun, place, speaker, day));
    }

    /**
     * One of the conflict's figures, grown over the months as estimates do, rounded the way
     * officials round them, in one of the ways news writes numbers.
     */
    private String qualifiedFigure(Conflict conflict, double monthsIn) {
        int base = conflict.baseFigures()[random.nextInt(conflict.baseFigures().length)];
        long value = roundToTwoDigits((long) (base * (1 + 0.08 * Math.floor(monthsIn))));
        return switch (random.nextInt(10)) {
            case 0 -> "between " + String.format("%,d", roundToTwoDigits(value * 8 / 10)) + " and " + String.format("%,d", value);
            case 1 -> value >= 1_000_000 ? "1.5 million" : value < 10_000 && value % 1000 == 0 ? words(value) : String.format("%,d", value);
            case 2 -> value >= 20_000 ? "tens of thousands of" : "several hundred";
            default -> pick(APPROX) + String.format("%,d", value);
        };
    }

    private static long roundToTwoDigits(long value) {
        long scale = 1;
        while (value / scale >= 100) {
            scale *= 10;
        }
        return Math.max(1, value / scale) * scale;
    }

    private static String words(long thousands) {
        String[] units = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        return units[(int) (thousands / 1000)] + " thousand";
    }

    private String notAClaim(Conflict conflict, Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        return String.format(pick(NOT_CLAIMS), 2 + random.nextInt(60), 100 + random.nextInt(20_000),
                pick(conflict.places()), year, pick(DAYS));
    }

    private String prose(Conflict conflict) {
        return String.format(pick(PROSE), pick(conflict.places()), pick(DAYS), pick(PROSE_SOURCES));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}

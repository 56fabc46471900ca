package claimwatch.track;

import claimwatch.extract.Kind;
import claimwatch.extract.Qualifier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartyTotalsTest {

    private static final InForce IN_FORCE = new InForce(0.02);

    @Test
    void carriesIntoAWindowEachNamedPartysLatestTotalFromTheWindowsBefore() {
        PartyTotals totals = PartyTotals.empty()
                .with(day("2024-10-18"), total("KOR", 1500, "2024-10-18"))
                .with(day("2024-10-23"), total("USA", 3000, "2024-10-23"))
                .with(day("2024-10-28"), total("USA", 10000, "2024-10-28"));

        assertEquals(Map.of("KOR", 1500L, "USA", 3000L), values(totals.carriedInto(day("2024-10-28"), IN_FORCE)));
        assertEquals(Map.of("KOR", 1500L, "USA", 10000L), values(totals.carriedInto(day("2024-11-05"), IN_FORCE)));
        assertTrue(totals.carriedInto(day("2024-11-05"), IN_FORCE).values().stream().allMatch(Figure::carried));
    }

    @Test
    void carriesNeitherUnattributedNorOtherFigures() {
        PartyTotals totals = PartyTotals.empty()
                .with(day("2024-10-18"), total("UNATTRIBUTED", 12000, "2024-10-18"))
                .with(day("2024-10-18"), total("OTHER", 5000, "2024-10-18"));

        assertEquals(Map.of(), values(totals.carriedInto(day("2024-10-19"), IN_FORCE)));
    }

    @Test
    void carriesNoStrayOverThePartysTotal() {
        PartyTotals totals = PartyTotals.empty()
                .with(day("2024-10-28"), total("USA", 10000, "2024-10-28"))
                .with(day("2024-10-28"), total("UKR", 11000, "2024-10-28"))
                .with(day("2024-11-20"), total("UKR", 6, "2024-11-20"));

        assertEquals(Map.of("UKR", 11000L, "USA", 10000L), values(totals.carriedInto(day("2024-11-21"), IN_FORCE)));
    }

    @Test
    void letsALateTotalForAnEarlierWindowChangeWhatTheLaterWindowsCarry() {
        PartyTotals totals = PartyTotals.empty()
                .with(day("2024-10-23"), total("USA", 3000, "2024-10-23"))
                .with(day("2024-10-24"), null);
        assertEquals(Map.of("USA", 3000L), values(totals.carriedInto(day("2024-10-24"), IN_FORCE)));

        PartyTotals late = totals.with(day("2024-10-23"), total("USA", 4000, "2024-10-23T20:00:00Z"));

        assertEquals(Map.of("USA", 4000L), values(late.carriedInto(day("2024-10-24"), IN_FORCE)));
        assertEquals(List.of(day("2024-10-24")), late.windowsAfter(day("2024-10-23")));
    }

    @Test
    void carriesTheSameOnceClosedWindowsAreSettled() {
        PartyTotals totals = PartyTotals.empty()
                .with(day("2024-10-18"), total("KOR", 1500, "2024-10-18"))
                .with(day("2024-10-23"), total("USA", 3000, "2024-10-23"))
                .with(day("2024-10-28"), total("USA", 10000, "2024-10-28"));

        PartyTotals settled = totals.settle(start -> start.isBefore(day("2024-10-28")), IN_FORCE);

        assertEquals(1, settled.open().size(), "only the window that may still change is kept");
        assertEquals(totals.carriedInto(day("2024-10-28"), IN_FORCE), settled.carriedInto(day("2024-10-28"), IN_FORCE));
        assertEquals(totals.carriedInto(day("2024-11-01"), IN_FORCE), settled.carriedInto(day("2024-11-01"), IN_FORCE));
    }

    @Test
    void ignoresATotalForAWindowAlreadySettled() {
        PartyTotals settled = PartyTotals.empty()
                .with(day("2024-10-23"), total("USA", 3000, "2024-10-23"))
                .with(day("2024-10-28"), total("USA", 10000, "2024-10-28"))
                .with(day("2024-10-30"), null)
                .settle(start -> start.isBefore(day("2024-10-30")), IN_FORCE);

        PartyTotals after = settled.with(day("2024-10-23"), total("USA", 2000, "2024-10-23T20:00:00Z"));

        assertEquals(Map.of("USA", 10000L), values(after.carriedInto(day("2024-10-30"), IN_FORCE)));
        assertEquals(settled, after);
    }

    private static Map<String, Long> values(SortedMap<String, Figure> byParty) {
        Map<String, Long> values = new TreeMap<>();
        byParty.forEach((party, f) -> values.put(party, f.value()));
        return values;
    }

    private static Instant day(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    private static Figure total(String party, long value, String at) {
        Instant time = at.length() == 10 ? Instant.parse(at + "T12:00:00Z") : Instant.parse(at);
        return new Figure("PRK|deployed|-|" + value + "|-|" + party, value, null, Qualifier.EXACT, party, party, "Outlet",
                "a-" + party + "-" + value, time, 1, time, Kind.TOTAL, "Said " + value + ".", false);
    }
}

package claimwatch.topology;

import claimwatch.dedup.ClaimSighting;
import claimwatch.track.LateArticle;
import claimwatch.track.WindowEstimate;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static claimwatch.topology.ScriptedExtractor.claim;
import static claimwatch.topology.TopologyFixture.article;
import static claimwatch.topology.TopologyFixture.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimatesTopologyTest {

    private static final String SERIES = "prk-troops-in-russia";

    private TopologyFixture topology = TopologyFixture.scripted();

    @AfterEach
    void close() {
        topology.close();
    }

    @Test
    void emitsOneEstimatePerSeriesAndDayOnlyOnceTheDayHasClosed() {
        // Given two parties' figures on 28 October
        topology.publish(article("a1", "Reuters", "2024-10-28T08:00:00Z",
                "The Pentagon said " + claim("PRK", "deployed", 10000, "place=Russia", "by=Pentagon")));
        topology.publish(article("a2", "Yonhap", "2024-10-28T11:00:00Z",
                "Seoul said " + claim("PRK", "deployed", 11000, "high=12000", "place=Kursk", "by=NIS")));
        // When stream time reaches 29 October 23:59, inside the day's grace
        topology.publish(tick("t1", "2024-10-29T23:59:00Z"));
        // Then nothing is final yet
        assertTrue(daily(topology.estimates.readValuesToList()).isEmpty());

        // When stream time passes the end of the grace
        topology.publish(tick("t2", "2024-10-30T00:00:00Z"));

        // Then the day's estimate comes out, once
        List<WindowEstimate> daily = daily(topology.estimates.readValuesToList());
        assertEquals(1, daily.size());
        WindowEstimate day = daily.get(0);
        assertEquals(Instant.parse("2024-10-28T00:00:00Z"), day.windowStart());
        assertEquals(Instant.parse("2024-10-29T00:00:00Z"), day.windowEnd());
        assertEquals(2, day.claims());
        assertEquals(2, day.distinctOutlets());
        assertEquals(10000L, day.min());
        assertEquals(12000L, day.max());
        assertEquals(10000L, day.median());
        assertEquals("a2", day.latest().articleId());
        assertEquals(List.of("KOR", "USA"), List.copyOf(day.byParty().keySet()));
        assertEquals(10000L, day.low());
        assertEquals(10000L, day.best(), "lower median of the parties' figures: 10,000 and the middle of 11–12,000");
        assertEquals(12000L, day.high());
    }

    @Test
    void updatesTheRunningViewOnEverySighting() {
        topology.publish(article("a1", "Reuters", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        topology.publish(article("a2", "AP", "2024-10-28T09:00:00Z", claim("PRK", "deployed", 12000, "by=Zelensky")));

        List<WindowEstimate> updates = daily(topology.updates.readValuesToList());
        assertEquals(List.of(10000L, 12000L), updates.stream().map(WindowEstimate::max).toList());

        WindowStore<String, ValueAndTimestamp<WindowEstimate>> store =
                topology.driver.getTimestampedWindowStore(StoreNames.estimates("daily"));
        try (WindowStoreIterator<ValueAndTimestamp<WindowEstimate>> it =
                     store.fetch(SERIES, Instant.parse("2024-10-28T00:00:00Z"), Instant.parse("2024-10-28T00:00:00Z"))) {
            WindowEstimate running = it.next().value.value();
            assertEquals(2, running.mentions());
            assertEquals(11000L - 1000L, running.low());
        }
    }

    @Test
    void countsAWireCopyAsAMentionButNotAsAFigure() {
        String body = "Officials in Washington said on Monday that the North had moved more soldiers east. "
                + claim("PRK", "deployed", 10000, "by=Pentagon") + " The spokesman declined to say where they were "
                + "headed and when they would arrive at the front line in the region of the fighting.";
        topology.publish(article("ap-1", "AP", "2024-10-28T08:00:00Z", body));
        topology.publish(article("copy-1", "Local Herald", "2024-10-28T10:00:00Z", "LOCAL HERALD\n" + body + "\nSubscribe"));
        topology.publish(tick("t1", "2024-10-31T00:00:00Z"));

        WindowEstimate day = daily(topology.estimates.readValuesToList()).get(0);
        assertEquals(2, day.mentions());
        assertEquals(1, day.figures().size());
        assertEquals(2, day.distinctOutlets());
    }

    @Test
    void keepsVagueAmountsOutOfTheFigures() {
        topology.publish(article("a1", "AP", "2024-10-28T08:00:00Z", "{{PRK deployed vague by=Pentagon}} thousands"));
        topology.publish(article("a2", "AP", "2024-10-28T09:00:00Z", claim("PRK", "deployed", 3000, "by=Pentagon")));

        WindowEstimate last = daily(topology.updates.readValuesToList()).get(1);
        assertEquals(2, last.mentions());
        assertEquals(List.of(3000L), last.figures().stream().map(f -> f.value()).toList());
    }

    @Test
    void letsALateArticleWithinGraceUpdateItsWindow() {
        // Given 28 October open, and stream time at 29 October noon (within the 1-day grace)
        topology.publish(article("a1", "AP", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        topology.publish(tick("t1", "2024-10-29T12:00:00Z"));
        // When an article published on 28 October arrives now
        topology.publish(article("late-1", "Yonhap", "2024-10-28T20:00:00Z", claim("PRK", "deployed", 11000, "by=NIS")));
        topology.publish(tick("t2", "2024-10-30T00:00:00Z"));

        // Then it is part of the day's estimate, and nothing is set aside
        WindowEstimate day = daily(topology.estimates.readValuesToList()).get(0);
        assertEquals(2, day.figures().size());
        assertTrue(topology.late.isEmpty());
    }

    @Test
    void sendsAnArticleLaterThanGraceToLateArticlesWithTheReason() {
        // Given stream time at 30 October 12:00: 28 October closed at 30 October 00:00
        topology.publish(article("a1", "AP", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        topology.publish(tick("t1", "2024-10-30T12:00:00Z"));
        // When an article published on 28 October arrives
        topology.publish(article("too-late", "Yonhap", "2024-10-28T20:00:00Z", claim("PRK", "deployed", 11000, "by=NIS")));

        // Then it goes to late-articles with the reason, and the closed day is unchanged
        List<LateArticle> late = topology.late.readValuesToList();
        assertEquals(1, late.size(), "the weekly window (grace 1 day after 31 October) still takes it");
        LateArticle set = late.get(0);
        assertEquals("too-late", set.articleId());
        assertEquals("daily", set.window());
        assertEquals(SERIES, set.tracker());
        assertTrue(set.reason().contains("closed at 2024-10-30T00:00:00Z"), set.reason());
        assertEquals(1, daily(topology.estimates.readValuesToList()).get(0).figures().size());
    }

    @Test
    void carriesALateTotalOfTheDayBeforeIntoTheNextDaysClosedEstimate() {
        // Given the US's 3,000 on 23 October, and South Korea's 1,500 on 24 October
        topology.publish(article("a1", "Reuters", "2024-10-23T10:00:00Z", claim("PRK", "deployed", 3000, "by=Pentagon")));
        topology.publish(article("a2", "Yonhap", "2024-10-24T09:00:00Z", claim("PRK", "deployed", 1500, "by=NIS")));
        // When the US's 10,000 of 23 October arrives late, within the day's grace, and both days close
        topology.publish(article("late-1", "AP", "2024-10-23T20:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        topology.publish(tick("t1", "2024-10-26T00:00:00Z"));

        // Then 24 October carries the 10,000, not the 3,000 it carried when its own article came
        WindowEstimate day = daily(topology.estimates.readValuesToList()).get(1);
        assertEquals(Instant.parse("2024-10-24T00:00:00Z"), day.windowStart());
        assertEquals(10000L, day.byParty().get("USA").value());
        assertTrue(day.byParty().get("USA").carried());
        assertEquals(1, day.mentions(), "the carried totals' update is no mention");
        assertEquals(10000L, day.high());
    }

    @Test
    void keepsEachPartysTotalInForceInTheWeeklySeriesToo() {
        topology.publish(article("a1", "Reuters", "2024-10-23T10:00:00Z", claim("PRK", "deployed", 3000, "by=Pentagon")));
        topology.publish(article("a2", "Yonhap", "2024-11-01T09:00:00Z", claim("PRK", "deployed", 1500, "by=NIS")));
        topology.publish(tick("t1", "2024-11-10T00:00:00Z"));

        WindowEstimate week = topology.estimates.readValuesToList().stream()
                .filter(e -> e.tracker().equals(SERIES) && e.window().equals("weekly")).toList().get(1);
        assertEquals(Instant.parse("2024-10-31T00:00:00Z"), week.windowStart());
        assertEquals(List.of("KOR", "USA"), List.copyOf(week.byParty().keySet()));
        assertTrue(week.byParty().get("USA").carried());
        assertEquals(1500L, week.low());
        assertEquals(3000L, week.high());
    }

    @Test
    void setsAsideAnUndatedArticleInReplayMode() {
        topology.close();
        topology = TopologyFixture.scripted("claimwatch.undated.articles", "late");

        topology.publish(article("undated", "Blog", null, claim("PRK", "deployed", 10000)));

        assertTrue(topology.claims.isEmpty());
        LateArticle late = topology.late.readValue();
        assertEquals("undated", late.articleId());
        assertNull(late.publishedAt());
        assertTrue(late.reason().startsWith("no publication time"), late.reason());
    }

    @Test
    void datesAnUndatedArticleByItsRecordTimeInLiveMode() {
        topology.articles.pipeInput("undated", article("undated", "Blog", null, claim("PRK", "deployed", 10000)),
                Instant.parse("2024-11-02T10:00:00Z"));

        ClaimSighting sighting = topology.sightings.readValue();
        assertEquals(Instant.parse("2024-11-02T10:00:00Z"), sighting.publishedAt());
    }

    @Test
    void emitsEachClosedWindowOnceAcrossARestartMidStream() {
        // Given 28 and 29 October with a figure each, and stream time closing 28 October (but not 29 October)
        topology.close();
        // at least once: the test driver writes no exactly-once checkpoint a second driver could resume from
        // (it would find the task corrupted and wipe it); what is pinned, that a restart resumes from the
        // stores rather than from anything held in memory, does not depend on the guarantee
        var config = TopologyFixture.config("processing.guarantee", "at_least_once");
        List<String> closed = new ArrayList<>();
        TopologyFixture before = TopologyFixture.restartable(config);
        before.publish(article("a1", "AP", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        before.publish(article("a2", "AP", "2024-10-29T08:00:00Z", claim("PRK", "deployed", 11000, "by=Pentagon")));
        before.publish(tick("t1", "2024-10-30T12:00:00Z"));
        before.estimates.readValuesToList().forEach(e -> closed.add(e.tracker() + "/" + e.window() + "/" + e.windowStart()));
        before.closeKeepingState();
        assertTrue(closed.contains(SERIES + "/daily/2024-10-28T00:00:00Z"), closed.toString());

        // When the application restarts on the same state, an article of closed 28 October arrives first, then time moves on
        topology = TopologyFixture.restartable(config);
        topology.publish(article("too-late", "Yonhap", "2024-10-28T20:00:00Z", claim("PRK", "deployed", 12000, "by=NIS")));
        topology.publish(tick("t2", "2024-11-10T00:00:00Z"));
        List<WindowEstimate> after = topology.estimates.readValuesToList();
        after.forEach(e -> closed.add(e.tracker() + "/" + e.window() + "/" + e.windowStart()));

        // Then every closed window came out exactly once over both runs, 29 October after the restart with its own figure
        assertEquals(closed.stream().distinct().toList(), closed, "no window twice");
        assertEquals(List.of(11000L), daily(after).stream().filter(e -> e.windowStart().equals(Instant.parse("2024-10-29T00:00:00Z")))
                .map(WindowEstimate::max).toList(), "29 October not skipped, with its own figure: " + closed);
        assertTrue(closed.contains(SERIES + "/weekly/2024-10-24T00:00:00Z"), closed.toString());
        // and the late article is set aside by the stream time the windows had before the restart
        assertEquals(List.of("too-late"), topology.late.readValuesToList().stream()
                .filter(l -> l.window().equals("daily")).map(LateArticle::articleId).toList());
    }

    @Test
    void keepsAsManyFiguresInAWindowAsConfiguredAndCountsTheOthers() {
        topology.close();
        topology = TopologyFixture.scripted("claimwatch.window.max.figures", "2");
        topology.publish(article("a1", "AP", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 9000, "by=Pentagon")));
        topology.publish(article("a2", "AP", "2024-10-28T09:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")));
        topology.publish(article("a3", "Yonhap", "2024-10-28T10:00:00Z", claim("PRK", "deployed", 11000, "by=NIS")));
        topology.publish(tick("t1", "2024-10-30T00:00:00Z"));

        WindowEstimate day = daily(topology.estimates.readValuesToList()).get(0);
        assertEquals(List.of("a2", "a3"), day.figures().stream().map(f -> f.articleId()).toList());
        assertEquals(1, day.figuresDropped());
        assertEquals(3, day.claims());
        assertEquals(List.of("KOR", "USA"), List.copyOf(day.byParty().keySet()));
    }

    @Test
    void followsEachSeriesInItsOwnWindows() {
        topology.publish(article("a1", "AP", "2024-10-28T08:00:00Z", claim("PRK", "deployed", 10000, "by=Pentagon")
                + claim("PRK", "casualties", 200, "place=Kursk", "by=Zelensky")));
        topology.publish(tick("t1", "2024-11-10T00:00:00Z"));

        List<WindowEstimate> all = topology.estimates.readValuesToList();
        assertEquals(List.of("prk-casualties/daily", "prk-troops-in-russia/daily", "prk-casualties/weekly",
                        "prk-troops-in-russia/weekly"),
                all.stream().filter(e -> !e.tracker().equals("rus-casualties")).map(e -> e.tracker() + "/" + e.window()).toList());
    }

    private static List<WindowEstimate> daily(List<WindowEstimate> estimates) {
        return estimates.stream().filter(e -> e.tracker().equals(SERIES) && e.window().equals("daily")).toList();
    }
}

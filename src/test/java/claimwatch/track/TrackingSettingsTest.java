package claimwatch.track;

import claimwatch.config.ClaimwatchConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrackingSettingsTest {

    @Test
    void readsDailyAndWeeklyWindowsByDefault() {
        TrackingSettings s = TrackingSettings.from(ClaimwatchConfig.defaults());
        assertEquals(new WindowSpec("daily", Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(400)), s.window("daily"));
        assertEquals(Duration.ofDays(7), s.window("weekly").size());
        assertEquals("daily", s.alertWindow());
        assertEquals(TrackingSettings.Undated.RECORD_TIME, s.undated());
    }

    @Test
    void boundsEachWindowsFiguresAndOutletsAsConfigured() {
        assertEquals(new WindowLimits(100, 50), TrackingSettings.from(ClaimwatchConfig.defaults()).windowLimits());
        var config = ClaimwatchConfig.defaults().with("claimwatch.window.max.figures", "20").with("claimwatch.window.max.outlets", "5");
        assertEquals(new WindowLimits(20, 5), TrackingSettings.from(config).windowLimits());
        var none = ClaimwatchConfig.defaults().with("claimwatch.window.max.outlets", "0");
        assertThrows(IllegalArgumentException.class, () -> TrackingSettings.from(none));
    }

    @Test
    void refusesAnAlertWindowThatIsNotConfigured() {
        var config = ClaimwatchConfig.defaults().with("claimwatch.alert.window", "monthly");
        var e = assertThrows(IllegalArgumentException.class, () -> TrackingSettings.from(config));
        assertEquals("claimwatch.alert.window=monthly is not in claimwatch.windows", e.getMessage());
    }

    @Test
    void refusesADurationThatIsNotIso() {
        var config = ClaimwatchConfig.defaults().with("claimwatch.window.daily.grace", "6h");
        var e = assertThrows(IllegalArgumentException.class, () -> TrackingSettings.from(config));
        assertEquals("claimwatch.window.daily.grace=6h is not an ISO-8601 duration such as P1D or PT6H", e.getMessage());
    }
}

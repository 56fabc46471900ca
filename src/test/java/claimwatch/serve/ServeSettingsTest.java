package claimwatch.serve;

import claimwatch.config.ClaimwatchConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeSettingsTest {

    @Test
    void theBundledSettingsServeOnLoopbackOnlyWithNoWebhooks() {
        ServeSettings settings = ServeSettings.from(ClaimwatchConfig.defaults());
        assertTrue(settings.enabled());
        assertEquals("127.0.0.1", settings.host());
        assertEquals(8080, settings.port());
        assertEquals("127.0.0.1", settings.advertisedHost(), "other instances reach it where it listens");
        assertEquals(List.of(), settings.webhookUrls());
        assertEquals("claimwatch-webhooks", settings.webhookGroupId(), "<application.id>-webhooks");
    }

    @Test
    void readsWebhookUrlsAndBackoff() {
        ServeSettings settings = ServeSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.webhook.urls", " http://a.example/hook , https://b.example/x")
                .with("claimwatch.webhook.backoff", "PT0.5S"));
        assertEquals(List.of(URI.create("http://a.example/hook"), URI.create("https://b.example/x")), settings.webhookUrls());
        assertEquals(Duration.ofMillis(500), settings.webhookBackoff());
    }

    @Test
    void refusesSettingsItCannotUse() {
        assertThrows(IllegalArgumentException.class, () -> ServeSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.webhook.urls", "ftp://a.example/hook")));
        assertThrows(IllegalArgumentException.class, () -> ServeSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.http.port", "70000")));
        assertThrows(IllegalArgumentException.class, () -> ServeSettings.from(ClaimwatchConfig.defaults()
                .with("claimwatch.webhook.backoff", "1s")));
    }
}

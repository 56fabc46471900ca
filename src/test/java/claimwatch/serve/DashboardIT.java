package claimwatch.serve;

import claimwatch.topology.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static claimwatch.serve.ServedInstances.SEED_WINDOWS;
import static claimwatch.serve.ServedInstances.TRACKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in headless Chromium, served by a running instance on a real broker after the dated
 * seed timeline: the chart draws each window's estimate, each party's figures and the alerts; the table
 * lists the claims with their evidence and outlets; a new article shows up without a reload. Leaves a
 * screenshot in {@code target/dashboard.png}.
 */
@Timeout(180)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    static final Path SCREENSHOT = Path.of("target", "dashboard.png");

    @TempDir
    static Path workDir;

    private static ServedInstances served;
    private static ChromeDriver browser;

    @BeforeAll
    static void publishTheSeedsAndOpenABrowser() throws Exception {
        served = ServedInstances.start(workDir, "dashboard-it", 1, 1);
        served.publishSeedTimeline();
        browser = HeadlessChromium.start(workDir.resolve("chromium-profile"), 1280, 1400);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    @Order(1)
    void theChartAndTheClaimsTableShowTheSeedTimeline() throws Exception {
        browser.get(served.url(0, "/#" + TRACKER).toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        int alerts = served.alertsOnTheTopic(TRACKER);
        wait.until(d -> !d.findElements(By.cssSelector("#chart svg[data-windows='" + SEED_WINDOWS + "']")).isEmpty()
                && d.findElements(By.cssSelector("#chart line.alert")).size() == alerts);

        // read in one script: the page redraws when data changes, which would make elements found earlier stale
        List<Long> best = strings("#chart circle.best-point", "best").stream().map(Long::parseLong).toList();
        assertEquals(served.bestsOnTheTopic(), best, "one point per window, at its best estimate");
        assertEquals(1, browser.findElements(By.cssSelector("#chart polygon.band")).size(), "the low–high band");
        Set<String> parties = new TreeSet<>(strings("#chart circle.figure", "party"));
        assertTrue(parties.containsAll(Set.of("KOR", "UKR", "USA")), "each party's figures: " + parties);
        String legend = browser.findElement(By.id("legend")).getText();
        assertTrue(legend.contains("USA") && legend.contains("best estimate"), legend);
        assertEquals("North Korean troops in Russia", browser.findElement(By.id("title")).getText());

        List<WebElement> rows = browser.findElements(By.cssSelector("#claims tbody tr"));
        assertTrue(rows.size() >= 7, "claims behind the timeline: " + rows.size());
        String table = browser.findElement(By.id("claims")).getText();
        assertTrue(table.contains("10,000") && table.contains("Reuters") && table.contains("Pentagon"), table);
        assertTrue(browser.findElement(By.id("alerts")).getText().contains("First South Korean figure"));

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot with something in it");
    }

    /** The {@code data-<attribute>} of every element matching {@code selector}, read at one moment. */
    @SuppressWarnings("unchecked")
    private static List<String> strings(String selector, String attribute) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.dataset[arguments[1]]);", selector, attribute);
    }

    @Test
    @Order(2)
    void aNewArticleShowsUpWithoutAReload() {
        browser.get(served.url(0, "/#" + TRACKER).toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.until(d -> d.findElements(By.cssSelector("#claims tbody tr")).size() >= 7);
        Object page = browser.executeScript("return window.performance.timeOrigin");

        String article = "{\"id\":\"live-1\",\"source\":\"Kyiv Post\",\"publishedAt\":\"2025-01-20T10:00:00Z\","
                + "\"title\":\"Budanov: more North Korean troops\",\"text\":\"KYIV, Jan 20 - Ukraine's military intelligence chief "
                + "Kyrylo Budanov said on Monday that 15,000 North Korean troops are now in Russia's Kursk region.\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(served.config.clientProperties(),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, null, Instant.parse("2025-01-20T10:00:00Z").toEpochMilli(),
                    "live-1", article));
        }

        wait.until(d -> d.findElement(By.id("claims")).getText().contains("15,000"));
        assertEquals(page, browser.executeScript("return window.performance.timeOrigin"), "the same page, not reloaded");
    }
}

package claimwatch.serve;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Chromium and chromedriver from the Debian packages {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them), headless, with a fresh profile and nothing that reaches out to the
 * network by itself. Selenium Manager is never asked to download a browser or driver.
 */
final class HeadlessChromium {

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profile, int width, int height) {
        Path browser = BROWSERS.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no Chromium at " + BROWSERS + ": apt-get install -y chromium chromium-driver (as .ci/run does)"));
        if (!Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("no " + DRIVER + ": apt-get install -y chromium-driver (as .ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}

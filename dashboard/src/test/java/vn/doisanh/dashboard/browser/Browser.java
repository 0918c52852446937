package vn.doisanh.dashboard.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a test class, driven by the Debian chromedriver named explicitly (Selenium
 * Manager never runs, so nothing is downloaded), with a fresh profile, the browser console captured, and
 * screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {
    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("doisanh.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("doisanh.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) {
        this(base, null);
    }

    /** A browser that saves every download, without asking, into a folder (null: the default behaviour). */
    Browser(String base, Path downloads) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("doisanh-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--lang=vi-VN", "--user-data-dir=" + profile,
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true,
                    "safebrowsing.enabled", true));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        if (downloads != null) {
            // Headless (new) Chromium ignores the download preferences unless DevTools allows downloads too.
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of(
                    "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString(), "eventsEnabled", false));
        }
        size(LAPTOP);
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /**
     * Makes the viewport exactly this size (a phone width as a mobile viewport). Set through DevTools: a headless
     * window has a frame and a minimum width, so a window size is not the page's size.
     */
    void size(Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", size.width < 600));
    }

    /** Opens a path of the app and waits until the page has drawn itself and every chart says it is ready. */
    void open(String path) {
        driver.get(base + path);
        waitReady();
    }

    /**
     * Opens {@code path}, which sends a signed-out browser to the login page, signs in there as a person would,
     * and waits for the page it comes back to.
     */
    void signIn(String path, String username, String password) {
        driver.get(base + path);
        waitFor(Duration.ofSeconds(10), "the login page", "return document.body.classList.contains('is-ready')"
                + " && location.pathname === '/login'");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        waitFor(Duration.ofSeconds(10), "leaving the login page", "return location.pathname !== '/login'");
        waitReady();
    }

    void waitReady() {
        waitFor(Duration.ofSeconds(20), "the page and its charts to be ready",
                "return document.body.classList.contains('is-ready') && !document.body.dataset.busy"
                        + " && [...document.querySelectorAll('[data-chart-ready]')].every(e => e.dataset.chartReady === 'true')");
    }

    /** Waits until a script returns true. */
    void waitFor(Duration timeout, String what, String script, Object... args) {
        new WebDriverWait(driver, timeout).withMessage(what).until(d -> Boolean.TRUE.equals(js(script, args)));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The console messages of level SEVERE since the last call (errors, failed loads, CSP violations). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves the viewport as NAME.png and the whole page as NAME-full.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Number width = (Number) js("return document.documentElement.clientWidth");
            Number height = (Number) js("return Math.min(12000, document.documentElement.scrollHeight)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(SCREENSHOTS.resolve(name + "-full.png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover temporary profile is not worth failing a test for
            }
        }
    }
}

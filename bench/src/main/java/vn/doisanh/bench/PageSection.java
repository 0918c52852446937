package vn.doisanh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Navigation to the first chart drawn, in headless Chromium: a script injected before any page script records
 * performance.now() (milliseconds since navigation start) the moment a chart container gets
 * data-chart-ready="true". The browser cache is off, so every navigation is a first visit.
 */
public final class PageSection {
    static final List<String> PAGES = List.of("/", "/units/10816");
    private static final String MARK_FIRST_CHART = """
            (() => {
              const mark = () => {
                if (!window.__firstChart && document.querySelector('[data-chart-ready="true"]')) {
                  window.__firstChart = performance.now();
                }
              };
              new MutationObserver(mark).observe(document,
                  {subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-ready']});
            })();""";
    private final int runs;
    private final Log log;

    public PageSection(int runs, Log log) {
        this.runs = runs;
        this.log = log;
    }

    public List<Figure> run(DashboardServer server, Path work) throws Exception {
        ChromeDriver driver = start(work);
        List<Figure> figures = new ArrayList<>();
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MARK_FIRST_CHART));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            for (String page : PAGES) {
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    ms.add(firstChartMs(driver, server.url(page + "?lang=vi")));
                }
                Stats s = Stats.of(ms);
                log.line("page " + page + ": first chart " + s.medianWithRange("%.0f") + " ms");
                figures.add(new Figure("page " + page + ": navigation to first chart, headless Chromium",
                        s.medianWithRange("%.0f") + " ms", "—", null, "≤ 1.5 s (median of 5)",
                        Verdict.of(s.p50() <= 1500), null));
            }
        } finally {
            driver.quit();
        }
        return figures;
    }

    private static double firstChartMs(ChromeDriver driver, String url) throws InterruptedException {
        driver.get(url);
        JavascriptExecutor js = driver;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object at = js.executeScript("return window.__firstChart || null;");
            if (at instanceof Number n) {
                return n.doubleValue();
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("no chart drawn within 20 s at " + url);
    }

    private static ChromeDriver start(Path work) throws java.io.IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static String format(double ms) {
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }
}

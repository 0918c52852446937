package vn.doisanh.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * XSS: the pages in headless Chromium over a hostile warehouse (built by the etl module from
 * etl/src/test/resources/hostile), whose unit names, districts, report text and evidence sentences carry
 * {@code <script>}, {@code <img onerror>} and {@code "><svg onload>} payloads. No dialog may open, no payload may
 * become an element, and the payloads must show as the text they are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileDataBrowserTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SVG = "\"><svg onload=alert(1)>";
    /** Records every dialog a page tries to open, before any of its own scripts run (CDP scripts bypass the CSP). */
    private static final String DIALOG_TRAP = "window.__dialogs = [];"
            + "for (const name of ['alert', 'confirm', 'prompt', 'print']) {"
            + "  window[name] = (...args) => { window.__dialogs.push(name + '(' + args.join(',') + ')'); };"
            + "}";
    /** Elements a payload would create, if it became markup. */
    private static final String INJECTED = "return [...document.querySelectorAll("
            + "'script:not([src]), img[src=\"x\"], svg[onload], [onerror], [onload]')].map(e => e.outerHTML)"
            + ".concat([...document.querySelectorAll('script[src]')].filter(s => new URL(s.src).origin !== location.origin)"
            + ".map(s => s.outerHTML))";

    private Javalin app;
    private Warehouse warehouse;
    private Browser browser;

    @BeforeAll
    void start() {
        assertThat(Browser.available()).as("Debian chromium and chromedriver at /usr/bin").isTrue();
        Path data = Path.of(System.getProperty("doisanh.hostile.warehouse", "../target/hostile-warehouse"));
        assertThat(Files.isDirectory(data.resolve("current")))
                .as("no hostile warehouse at %s: 'mvn verify' builds it in the etl module", data.toAbsolutePath())
                .isTrue();
        warehouse = Warehouse.open(data);
        app = DashboardApp.create(warehouse).start("127.0.0.1", 0);
        browser = new Browser("http://127.0.0.1:" + app.port());
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_TRAP));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.stop();
            }
            if (warehouse != null) {
                warehouse.close();
            }
        }
    }

    @BeforeEach
    void empty_console() {
        browser.consoleErrors();
    }

    /** The page ran no payload: no dialog, no injected element, no inline script the CSP had to refuse. */
    private void assertNothingRan(String page) {
        assertThat(browser.js("return window.__dialogs")).as(page + ": dialogs opened").isEqualTo(List.of());
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError(page + ": a dialog is open");
        } catch (NoAlertPresentException expected) {
            // none
        }
        assertThat(browser.js(INJECTED)).as(page + ": elements made from data").isEqualTo(List.of());
        assertThat(browser.consoleErrors()).as(page + ": console").noneMatch(m -> m.contains("Content Security Policy"));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    @Test
    void the_overview_shows_hostile_unit_names_as_text() {
        browser.open("/?lang=vi&indicator=cases_received&unit=90001");
        assertNothingRan("overview");
        assertThat(text()).contains("Xã " + SCRIPT);
        assertThat(browser.driver.findElement(By.id("rank-text")).getText()).contains(SCRIPT);
    }

    @Test
    void the_unit_page_and_its_evidence_show_hostile_names_and_sentences_as_text() {
        for (String code : List.of("90001", "90002", "90003")) {
            browser.open("/units/" + code + "?lang=vi");
            assertNothingRan("unit " + code);
            String name = browser.driver.findElement(By.id("unit-name")).getText();
            assertThat(name).as(code).containsAnyOf(SCRIPT, IMG, SVG);
        }
        browser.open("/units/90002?lang=vi");
        WebElement value = browser.driver.findElement(By.cssSelector("#spine-table a.evidence-link"));
        value.click();
        browser.waitFor(Duration.ofSeconds(10), "the evidence dialog",
                "const d = document.getElementById('evidence-dialog'); return d && d.open && d.dataset.state === 'ready'");
        String sentence = browser.driver.findElement(By.cssSelector("#evidence-dialog")).getText();
        assertThat(sentence).contains(IMG);
        assertNothingRan("evidence of 90002");
    }

    @Test
    void the_compare_page_shows_hostile_names_as_text() {
        browser.open("/compare?lang=vi&units=90001,90002,90003&indicators=cases_received,on_time_rate_pct");
        assertNothingRan("compare");
        assertThat(text()).contains(SCRIPT).contains(IMG).contains(SVG);
    }

    @Test
    void the_quality_page_shows_hostile_evidence_as_text() {
        browser.open("/quality?lang=vi");
        assertNothingRan("quality");
        assertThat(text()).contains(SCRIPT);
    }

    @Test
    void the_peers_and_indicator_pages_run_no_payload() {
        browser.open("/units/90003/peers?lang=vi");
        assertNothingRan("peers");
        browser.open("/indicators?lang=vi");
        assertNothingRan("indicators");
    }
}

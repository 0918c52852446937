package vn.doisanh.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.doisanh.dashboard.auth.Role;
import vn.doisanh.dashboard.upload.EtlProcess;
import vn.doisanh.dashboard.upload.RecordingAudit;
import vn.doisanh.dashboard.upload.UploadFixtures;
import vn.doisanh.dashboard.upload.UploadRoutes;
import vn.doisanh.dashboard.upload.UploadTestApp;

/**
 * The /uploads page in headless Chromium, signed in as an analyst through the login page: choose the real Hà Bắc report, see its preview
 * (accepted, unit 10816, its figures), load it and follow the load to its end (here a stand-in ETL that fails).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadBrowserTest {
    private UploadTestApp app;
    private Browser browser;
    private Path data;

    @BeforeAll
    void start() throws IOException {
        assertThat(Browser.available()).as("Debian chromium and chromedriver at /usr/bin").isTrue();
        data = Files.createTempDirectory("doisanh-upload-page-");
        EtlProcess etl = new EtlProcess(List.of("sh", "-c", "echo 'etl: no inputs' >&2; exit 2", "etl"),
                Path.of("").toAbsolutePath(), Map.of(), 10);
        UploadRoutes uploads = UploadRoutes.create(data, etl, new RecordingAudit(), UploadFixtures.NOVEMBER_2026);
        app = UploadTestApp.start(uploads, data);
        browser = new Browser("http://127.0.0.1:" + app.port());
    }

    /** Each test signs in through the login page, whichever runs first. */
    @BeforeEach
    void signedOut() {
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void an_analyst_uploads_the_Ha_Bac_report_sees_its_preview_and_follows_its_load() {
        browser.signIn("/uploads", UploadTestApp.username(Role.ANALYST), UploadTestApp.PASSWORD);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tải báo cáo lên và nạp vào kho");

        browser.driver.findElement(By.id("upload-files")).sendKeys(UploadFixtures.HA_BAC.toAbsolutePath().normalize().toString());
        browser.driver.findElement(By.id("upload-button")).click();
        browser.waitFor(Duration.ofSeconds(20), "the preview of the uploaded report",
                "return document.querySelector('.upload-preview') !== null");

        var preview = browser.driver.findElement(By.cssSelector(".upload-preview"));
        assertThat(preview.getAttribute("data-verdict")).isEqualTo("accepted");
        assertThat(preview.findElement(By.cssSelector("h3")).getText()).contains("000_229544596d0c1ef8.txt", "Chấp nhận");
        assertThat(preview.findElement(By.cssSelector(".upload-unit")).getText()).isEqualTo("Xã Hà Bắc (10816)");
        assertThat(preview.findElement(By.cssSelector(".upload-period")).getText()).contains("01/07/2025");
        preview.findElement(By.cssSelector(".upload-facts summary")).click();
        assertThat(preview.findElements(By.cssSelector(".upload-facts tbody tr"))).hasSizeGreaterThan(20);
        assertThat(preview.getText()).contains("3975 văn bản");
        browser.screenshot("uploads-preview");

        browser.driver.findElement(By.id("load-button")).click();
        browser.waitFor(Duration.ofSeconds(30), "the load to end", "return (document.getElementById('load-status')"
                + ".textContent || '').includes('Thất bại')");
        assertThat(browser.driver.findElement(By.id("history-table")).getText()).contains("Thất bại", "etl: no inputs",
                "000_229544596d0c1ef8.txt");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_report_whose_period_nobody_states_is_held_until_the_analyst_gives_one() throws IOException {
        Path report = data.resolve("khong-ky.txt");
        Files.writeString(report, "UBND XÃ HÀ BẮC\nBÁO CÁO\nTrung tâm đã tiếp nhận 1.234 hồ sơ thủ tục hành chính.\n");
        browser.signIn("/uploads", UploadTestApp.username(Role.ANALYST), UploadTestApp.PASSWORD);
        browser.driver.findElement(By.id("upload-files")).sendKeys(report.toString());
        browser.driver.findElement(By.id("upload-button")).click();
        browser.waitFor(Duration.ofSeconds(20), "the held preview",
                "return document.querySelector('.upload-preview[data-verdict=held]') !== null");
        var held = browser.driver.findElement(By.cssSelector(".upload-preview"));
        assertThat(held.findElement(By.cssSelector("h3")).getText()).contains("Chờ bổ sung");
        assertThat(browser.driver.findElement(By.id("load-button")).isDisplayed()).isFalse();

        held.findElement(By.cssSelector(".given-value")).sendKeys("quý 5");
        held.findElement(By.cssSelector(".upload-given button")).click();
        browser.waitFor(Duration.ofSeconds(10), "the refusal of a bad period",
                "return (document.querySelector('.given-message').textContent || '').includes('quý 5')");

        var input = browser.driver.findElement(By.cssSelector(".given-value"));
        input.clear();
        input.sendKeys("2025-Q4");
        browser.driver.findElement(By.cssSelector(".upload-given button")).click();
        browser.waitFor(Duration.ofSeconds(10), "the preview under the given period",
                "return document.querySelector('.upload-preview[data-verdict=accepted]') !== null");
        var accepted = browser.driver.findElement(By.cssSelector(".upload-preview"));
        assertThat(accepted.findElement(By.cssSelector(".upload-period")).getText()).contains("01/10/2025");
        assertThat(browser.driver.findElement(By.id("load-button")).isDisplayed()).isTrue();
        browser.screenshot("uploads-held-given");
        assertThat(browser.consoleErrors()).as("only the refused bad period").singleElement()
                .satisfies(e -> assertThat(e).contains("/given", "400"));
    }
}

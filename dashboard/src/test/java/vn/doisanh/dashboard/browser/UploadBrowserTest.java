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
}

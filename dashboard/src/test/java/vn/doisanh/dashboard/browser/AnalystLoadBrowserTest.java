package vn.doisanh.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.auth.Access;
import vn.doisanh.dashboard.auth.AccessSettings;
import vn.doisanh.dashboard.auth.AuditLog;
import vn.doisanh.dashboard.auth.JsonLinesAuditLog;
import vn.doisanh.dashboard.auth.PasswordHasher;
import vn.doisanh.dashboard.auth.Role;
import vn.doisanh.dashboard.auth.User;
import vn.doisanh.dashboard.auth.UserStore;
import vn.doisanh.dashboard.upload.UploadFixtures;
import vn.doisanh.dashboard.upload.UploadRoutes;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * The whole journey with nothing stood in: the real sign-in (session cookie, CSRF token), the uploads module as
 * serve wires it, and the real ETL as a child process. An analyst signs in, finds "Nạp báo cáo" in the menu, uploads
 * the Hà Bắc report, loads it, and the dashboard serves the new snapshot; a leader sees no such menu entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystLoadBrowserTest {
    private static final String PASSWORD = "mat-khau-dai-du-10";
    private Javalin app;
    private Browser browser;
    private Warehouse warehouse;
    private String base;
    private String initialSnapshot;

    @BeforeAll
    void start() throws Exception {
        assertThat(Browser.available()).as("Debian chromium and chromedriver at /usr/bin").isTrue();
        Path data = UploadFixtures.initialWarehouse(Files.createTempDirectory("doisanh-journey-"));
        UserStore users = UserStore.in(data);
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_STRENGTH);
        users.add(new User("phantich", Role.ANALYST, Optional.empty(), hasher.hash(PASSWORD), Instant.now()));
        users.add(new User("habac", Role.LEADER, Optional.of("10816"), hasher.hash(PASSWORD), Instant.now()));
        AuditLog audit = JsonLinesAuditLog.in(data);
        warehouse = Warehouse.open(data);
        initialSnapshot = warehouse.snapshot().id();
        UploadRoutes uploads = UploadRoutes.create(data, UploadFixtures.etl(), audit, UploadFixtures.NOVEMBER_2026);
        app = DashboardApp.create(warehouse, Access.accounts(users, hasher, audit, AccessSettings.defaults()),
                List.of(uploads)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = new Browser(base);
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
    void signed_out() {
        browser.driver.manage().deleteAllCookies();
        browser.consoleErrors();
    }

    private String servedSnapshot() throws Exception {
        browser.driver.get(base + "/api/meta");
        String body = browser.driver.findElement(By.tagName("body")).getText();
        return new ObjectMapper().readTree(body).at("/snapshot/id").asText();
    }

    @Test
    void an_analyst_signs_in_uploads_the_Ha_Bac_report_loads_it_and_the_dashboard_serves_the_new_snapshot()
            throws Exception {
        browser.signIn("/", "phantich", PASSWORD);
        browser.driver.findElement(By.id("nav-uploads")).click();
        browser.waitFor(Duration.ofSeconds(10), "the uploads page", "return location.pathname === '/uploads'");
        browser.waitReady();

        browser.driver.findElement(By.id("upload-files"))
                .sendKeys(UploadFixtures.HA_BAC.toAbsolutePath().normalize().toString());
        browser.driver.findElement(By.id("upload-button")).click();
        browser.waitFor(Duration.ofSeconds(20), "the preview", "return document.querySelector('.upload-preview') !== null");
        assertThat(browser.driver.findElement(By.cssSelector(".upload-preview")).getAttribute("data-verdict"))
                .isEqualTo("accepted");

        browser.driver.findElement(By.id("load-button")).click();
        browser.waitFor(Duration.ofMinutes(4), "the load to end", "const s = document.getElementById('load-status')"
                + ".textContent || ''; return s.includes('Hoàn thành') || s.includes('Thất bại');");
        assertThat(browser.driver.findElement(By.id("load-status")).getText()).contains("Hoàn thành");
        browser.screenshot("journey-load-finished");
        assertThat(browser.consoleErrors()).isEmpty();

        String served = servedSnapshot();
        assertThat(served).isNotEqualTo(initialSnapshot);
        browser.driver.get(base + "/api/units/10816/profile");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("on_time_rate_pct");
    }

    @Test
    void a_leader_has_no_uploads_entry_in_the_menu_and_the_uploads_page_is_refused() {
        browser.signIn("/", "habac", PASSWORD);
        assertThat(browser.driver.findElements(By.id("nav-uploads"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("nav-overview"))).hasSize(1);
        browser.driver.get(base + "/api/loads");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("forbidden");
    }
}

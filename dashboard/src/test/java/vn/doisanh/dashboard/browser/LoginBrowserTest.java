package vn.doisanh.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
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
import vn.doisanh.dashboard.TestWarehouses;
import vn.doisanh.dashboard.auth.Access;
import vn.doisanh.dashboard.auth.AccessSettings;
import vn.doisanh.dashboard.auth.JsonLinesAuditLog;
import vn.doisanh.dashboard.auth.PasswordHasher;
import vn.doisanh.dashboard.auth.Role;
import vn.doisanh.dashboard.auth.User;
import vn.doisanh.dashboard.auth.UserStore;

/**
 * Signing in through the login page in a real headless Chromium: an analyst lands on the overview with their
 * name in the header; a leader lands with their unit selected and a link to it; signing out returns to the login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginBrowserTest {
    private static final String PASSWORD = "mat-khau-dai-du-10";
    private Javalin app;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() throws IOException {
        assertThat(Browser.available()).as("Debian chromium and chromedriver at /usr/bin").isTrue();
        Path data = Files.createTempDirectory("doisanh-login-");
        UserStore users = UserStore.in(data);
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_STRENGTH);
        users.add(new User("phantich", Role.ANALYST, Optional.empty(), hasher.hash(PASSWORD), Instant.now()));
        users.add(new User("habac", Role.LEADER, Optional.of("10816"), hasher.hash(PASSWORD), Instant.now()));
        Access access = Access.accounts(users, hasher, JsonLinesAuditLog.in(data), AccessSettings.defaults());
        app = DashboardApp.create(TestWarehouses.city(), access, List.of()).start("127.0.0.1", 0);
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
        }
    }

    @BeforeEach
    void signed_out() {
        browser.driver.manage().deleteAllCookies();
        browser.consoleErrors();
    }

    private void signIn(String username, String startPath) {
        browser.driver.get(base + startPath);
        browser.waitFor(Duration.ofSeconds(10), "the login page", "return location.pathname === '/login'"
                + " && document.body.classList.contains('is-ready')");
        assertThat(browser.driver.findElement(By.id("login-heading")).getText()).isEqualTo("Đăng nhập");
        browser.signIn(startPath, username, PASSWORD);
    }

    @Test
    void an_analyst_signs_in_through_the_login_page_and_sees_the_overview_with_their_name() {
        signIn("phantich", "/");
        assertThat(browser.url()).isEqualTo(base + "/?lang=vi");
        assertThat(browser.driver.findElement(By.id("user-name")).getText()).isEqualTo("phantich");
        assertThat(browser.driver.findElement(By.id("user-role")).getText()).isEqualTo("Chuyên viên phân tích");
        assertThat(browser.driver.findElements(By.id("my-unit"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("ranking-table")).isDisplayed()).isTrue();
        browser.screenshot("login-analyst-overview");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.driver.findElement(By.id("logout")).click();
        browser.waitFor(Duration.ofSeconds(10), "the login page after logout", "return location.pathname === '/login'");
        browser.driver.get(base + "/compare");
        browser.waitFor(Duration.ofSeconds(10), "the login page again", "return location.pathname === '/login'");
    }

    @Test
    void a_leader_lands_with_their_unit_selected_and_a_link_to_it() {
        signIn("habac", "/?lang=vi");
        assertThat(browser.url()).contains("unit=10816");
        assertThat(browser.driver.findElement(By.id("rank-text")).getText()).contains("Hà Bắc");
        assertThat(browser.driver.findElement(By.cssSelector("#ranking-table tr.is-selected")).getAttribute("data-code"))
                .isEqualTo("10816");
        assertThat(browser.driver.findElement(By.id("user-role")).getText()).isEqualTo("Lãnh đạo đơn vị");
        assertThat(browser.driver.findElement(By.id("my-unit")).getText()).isEqualTo("Đơn vị của tôi");
        assertThat(browser.driver.findElement(By.id("my-unit")).getAttribute("href")).startsWith(base + "/units/10816");
        browser.screenshot("login-leader-overview");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.size(Browser.PHONE);
        try {
            browser.open("/?lang=vi");
            assertThat(browser.url()).contains("unit=10816");
            assertThat(((Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                    .as("no sideways scrolling with the user box in the header").isLessThanOrEqualTo(1);
            browser.screenshot("login-leader-overview-phone");
        } finally {
            browser.size(Browser.LAPTOP);
        }
    }

    @Test
    void a_wrong_password_shows_the_error_in_english_when_asked() {
        browser.driver.get(base + "/login?lang=en");
        browser.waitFor(Duration.ofSeconds(10), "the login page", "return document.body.classList.contains('is-ready')");
        assertThat(browser.driver.findElement(By.id("login-heading")).getText()).isEqualTo("Sign in");
        browser.driver.findElement(By.id("username")).sendKeys("phantich");
        browser.driver.findElement(By.id("password")).sendKeys("wrong-password");
        browser.driver.findElement(By.id("login-submit")).click();
        browser.waitFor(Duration.ofSeconds(10), "the error", "return !document.getElementById('login-error').hidden");
        assertThat(browser.driver.findElement(By.id("login-error")).getText()).isEqualTo("Wrong user name or password.");
        browser.screenshot("login-error-en");
        // The failed login's 401 is the only console message; nothing else (CSP, script errors) may appear.
        assertThat(browser.consoleErrors()).allMatch(m -> m.contains("/api/login") && m.contains("401"));
    }
}

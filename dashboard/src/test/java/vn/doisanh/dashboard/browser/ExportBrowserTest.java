package vn.doisanh.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.TestWarehouses;

/**
 * The export buttons of issue 6 in a real headless Chromium that saves downloads into a fresh folder: from Hà Bắc's
 * page the spine chart's PNG (2×, with its context) and SVG, the profile table's CSV (UTF-8 with BOM, diacritics
 * intact), the ranking page's chart and table exports with the page's state, and the meeting pack's links. The
 * files of the meeting pack and the XLSX are opened elsewhere, with POI and PDFBox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportBrowserTest {
    private static final String HA_BAC = "10816";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Javalin app;
    private Browser browser;
    private String base;
    private Path downloads;
    private String defaultPeriod;

    @BeforeAll
    void start() throws Exception {
        assertThat(Browser.available())
                .as("Debian chromium and chromedriver at /usr/bin (apt-get install chromium chromium-driver)")
                .isTrue();
        downloads = Files.createTempDirectory("doisanh-downloads-");
        app = DashboardApp.create(TestWarehouses.city()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = new Browser(base, downloads);
        defaultPeriod = api("/api/meta").get("defaultPeriod").asText();
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (app != null) {
                app.stop();
            }
            clearDownloads();
            Files.deleteIfExists(downloads);
        }
    }

    @BeforeEach
    void laptop_size_an_empty_console_and_an_empty_download_folder() throws IOException {
        browser.size(Browser.LAPTOP);
        browser.consoleErrors();
        clearDownloads();
    }

    private void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Waits until a finished download with this ending is in the folder (Chromium renames .crdownload when done). */
    private Path download(String ending) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.getFileName().toString().endsWith(ending)).toList();
                if (done.size() == 1 && Files.size(done.get(0)) > 0) {
                    return keep(done.get(0));
                }
                assertThat(done).as("one download ending with " + ending).hasSizeLessThanOrEqualTo(1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download ending with " + ending + " in " + downloads + " within 30 s");
    }

    /** A copy under target/screenshots/exports, to look at after the run. */
    private static Path keep(Path file) throws IOException {
        Path kept = Browser.SCREENSHOTS.resolve("exports");
        Files.createDirectories(kept);
        Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private WebElement exportIn(String slot, String kind) {
        return browser.driver.findElement(By.cssSelector("#" + slot + " .export-slot [data-export-kind='" + kind + "']"));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    @Test
    void from_Ha_Bac_s_page_the_PNG_of_its_chart_downloads_at_twice_the_size_named_for_what_it_shows() throws Exception {
        browser.open("/units/" + HA_BAC + "?lang=vi");
        WebElement png = exportIn("spine-export", "png");
        assertThat(png.getTagName()).isEqualTo("button");
        assertThat(png.getText()).isEqualTo("Tải PNG");
        png.click();

        Path file = download(".png");
        assertThat(file.getFileName().toString())
                .isEqualTo("doi-sanh_ho-so_" + HA_BAC + "_xa-ha-bac_all_" + defaultPeriod + ".png")
                .matches("[A-Za-z0-9_.-]+");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(startsWith(bytes, PNG_SIGNATURE)).as("PNG signature").isTrue();
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8); // IHDR: width and height, big-endian
        int width = header.getInt();
        int height = header.getInt();
        int rows = browser.driver.findElements(By.cssSelector("#spine-table tbody tr[data-indicator]")).size();
        assertThat(width).as("2× the 1000 px export").isEqualTo(2000);
        assertThat(height).as("2× a row per indicator, with title and footer").isGreaterThan(2 * 24 * rows);
        assertThat(bytes.length).as("a real drawing, not a blank page").isBetween(30_000, 5_000_000);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void from_Ha_Bac_s_page_the_SVG_of_its_chart_is_drawn_offscreen_under_the_Content_Security_Policy_with_its_context()
            throws Exception {
        browser.open("/units/" + HA_BAC + "?lang=vi&group=type");
        boolean synthetic = !browser.driver.findElements(By.cssSelector(".footer-synthetic")).isEmpty();
        exportIn("spine-export", "svg").click();

        Path file = download(".svg");
        assertThat(file.getFileName().toString())
                .isEqualTo("doi-sanh_ho-so_" + HA_BAC + "_xa-ha-bac_type_" + defaultPeriod + ".svg");
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("Tổng quan các chỉ tiêu: Xã Hà Bắc")
                .contains("Nhóm so sánh: Cùng loại đơn vị").contains("Ảnh chụp dữ liệu");
        assertThat(svg.contains("Dữ liệu mô phỏng")).as("marked synthetic as the page is").isEqualTo(synthetic);
        assertThat(browser.driver.findElement(By.id("spine-chart")).findElements(By.tagName("canvas")))
                .as("the chart on screen is untouched").isEmpty();
        assertThat(browser.consoleErrors()).as("no CSP violation").isEmpty();
    }

    @Test
    void from_Ha_Bac_s_page_the_CSV_of_its_table_starts_with_a_BOM_and_keeps_the_diacritics() throws Exception {
        browser.open("/units/" + HA_BAC + "?lang=vi");
        WebElement csv = exportIn("spine-export", "csv");
        assertThat(csv.getText()).isEqualTo("Tải CSV");
        assertThat(csv.getAttribute("href")).isEqualTo(
                base + "/api/export/units/" + HA_BAC + "/profile.csv?period=" + defaultPeriod + "&group=all");
        assertThat(exportIn("spine-export", "xlsx").getAttribute("href")).isEqualTo(
                base + "/api/export/units/" + HA_BAC + "/profile.xlsx?period=" + defaultPeriod + "&group=all");
        csv.sendKeys(Keys.ENTER); // keyboard reachable: a real link

        Path file = download(".csv");
        assertThat(file.getFileName().toString()).matches("[A-Za-z0-9_.-]+").startsWith("doi-sanh_");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(startsWith(bytes, BOM)).as("UTF-8 byte order mark, for Excel").isTrue();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Xã Hà Bắc");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_ranking_page_exports_its_chart_and_its_table_with_the_indicator_period_filters_and_unit() throws Exception {
        browser.open("/?lang=vi&indicator=on_time_rate_pct&type=xa&unit=" + HA_BAC);
        WebElement csv = exportIn("table-export", "csv");
        assertThat(csv.getAttribute("href")).isEqualTo(base + "/api/export/ranking.csv?indicator=on_time_rate_pct&period="
                + defaultPeriod + "&type=xa&unit=" + HA_BAC);

        exportIn("ranking-export", "png").click();
        Path png = download(".png");
        assertThat(png.getFileName().toString())
                .isEqualTo("doi-sanh_xep-hang_on_time_rate_pct_" + defaultPeriod + "_xa_" + HA_BAC + ".png");
        assertThat(startsWith(Files.readAllBytes(png), PNG_SIGNATURE)).isTrue();

        csv.click();
        Path table = download(".csv");
        byte[] bytes = Files.readAllBytes(table);
        assertThat(startsWith(bytes, BOM)).isTrue();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Xã Hà Bắc");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void every_chart_and_table_button_on_every_page_downloads_its_file_without_a_console_error() throws Exception {
        StringBuilder units = new StringBuilder(HA_BAC);
        api("/api/units/" + HA_BAC + "/peers?k=3").get("peers").forEach(p -> units.append(',').append(p.at("/unit/code").asText()));
        for (String path : List.of("/?lang=vi&unit=" + HA_BAC, "/units/" + HA_BAC + "?lang=vi",
                "/units/" + HA_BAC + "/peers?lang=vi", "/compare?lang=vi&units=" + units, "/indicators?lang=en", "/quality?lang=vi")) {
            browser.open(path);
            List<WebElement> buttons = browser.driver.findElements(By.cssSelector(".export-slot button[data-export-kind]"));
            assertThat(buttons).as(path + ": export buttons").isNotEmpty();
            for (WebElement button : buttons) {
                clearDownloads();
                String kind = button.getAttribute("data-export-kind");
                browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
                button.click();
                Path file = download("." + kind);
                assertThat(file.getFileName().toString()).as(path).matches("doi-sanh_[A-Za-z0-9_.-]+");
            }
            assertThat(browser.consoleErrors()).as(path + " console").isEmpty();
        }
    }

    @Test
    void the_meeting_pack_links_ask_for_Ha_Bac_s_PowerPoint_and_PDF_for_the_period_and_group_shown() throws Exception {
        String period = api("/api/periods").get(0).get("key").asText();
        browser.open("/units/" + HA_BAC + "?lang=vi&group=peers&period=" + period);
        assertThat(browser.driver.findElement(By.id("pack-heading")).getText()).isEqualTo("Gói tài liệu họp");
        String query = "?period=" + period + "&group=peers";
        WebElement pptx = browser.driver.findElement(By.id("pack-pptx"));
        WebElement pdf = browser.driver.findElement(By.id("pack-pdf"));
        assertThat(pptx.getAttribute("href")).isEqualTo(base + "/api/export/units/" + HA_BAC + "/pack.pptx" + query);
        assertThat(pdf.getAttribute("href")).isEqualTo(base + "/api/export/units/" + HA_BAC + "/pack.pdf" + query);
        assertThat(pptx.getAttribute("download")).isNotNull();
        assertThat(pptx.getText()).contains("PowerPoint");
        assertThat(pdf.getText()).contains("PDF");
        assertThat(browser.driver.findElement(By.id("pack-note")).getText()).contains("Xã Hà Bắc");
        for (WebElement link : List.of(pptx, pdf)) {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(link.getAttribute("href")).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
        }
        browser.screenshot("unit-exports-1366x768");
        browser.js("document.getElementById('spine-heading').scrollIntoView()");
        browser.screenshot("unit-exports-spine-1366x768");
        browser.size(Browser.PHONE);
        browser.open("/units/" + HA_BAC + "?lang=vi");
        browser.js("document.getElementById('pack-heading').scrollIntoView()");
        browser.screenshot("unit-exports-390x844");
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("no sideways scrolling at phone width").isLessThanOrEqualTo(1);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

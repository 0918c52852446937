package vn.doisanh.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.TestWarehouses;

/**
 * The pages in a real headless Chromium against the real app over the warehouse built from sample-data: every page
 * opens without a console error at laptop and phone width (screenshots in target/screenshots), the language
 * switch keeps the state, Hà Bắc can be found and its bar and rank shown, its profile draws the spine chart and
 * shows the sentence behind a value, and the compare page draws the funnel's control limits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DashboardBrowserTest {
    private static final String HA_BAC = "10816";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Javalin app;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() {
        assertThat(Browser.available())
                .as("Debian chromium and chromedriver at /usr/bin (apt-get install chromium chromium-driver)")
                .isTrue();
        app = DashboardApp.create(TestWarehouses.city()).start("127.0.0.1", 0);
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
    void laptop_size_and_an_empty_console() {
        browser.size(Browser.LAPTOP);
        browser.consoleErrors();
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String compareUnits() throws Exception {
        JsonNode peers = api("/api/units/" + HA_BAC + "/peers?k=3").get("peers");
        StringBuilder units = new StringBuilder(HA_BAC);
        peers.forEach(p -> units.append(',').append(p.at("/unit/code").asText()));
        return units.toString();
    }

    Stream<Arguments> pages() throws Exception {
        return Stream.of(
                Arguments.of("overview", "/?lang=vi&unit=" + HA_BAC),
                Arguments.of("unit", "/units/" + HA_BAC + "?lang=vi"),
                Arguments.of("peers", "/units/" + HA_BAC + "/peers?lang=vi"),
                Arguments.of("compare", "/compare?lang=vi&units=" + compareUnits()),
                Arguments.of("indicators", "/indicators?lang=vi"),
                Arguments.of("quality", "/quality?lang=vi"));
    }

    @ParameterizedTest(name = "the {0} page opens without console errors at laptop and phone width")
    @MethodSource("pages")
    void every_page_opens_without_console_errors_at_laptop_and_phone_width(String name, String path) {
        for (var size : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.size(size);
            browser.open(path);
            String label = name + "-" + size.width + "x" + size.height;
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).as(label + " heading").isNotBlank();
            assertThat(browser.driver.findElement(By.id("snapshot-info")).getText()).as(label + " footer")
                    .startsWith("Ảnh chụp dữ liệu");
            assertThat(browser.driver.findElements(By.cssSelector(".badge-synthetic"))).as(label + " synthetic badge")
                    .isNotEmpty();
            assertThat(((Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                    .as(label + ": no sideways scrolling of the page").isLessThanOrEqualTo(1);
            browser.screenshot(label);
            assertThat(browser.consoleErrors()).as(label + " console").isEmpty();
        }
    }

    @Test
    void the_quality_page_shows_how_well_each_report_was_read_and_a_units_unread_numbers_with_their_sentences() {
        browser.open("/quality?lang=vi&unit=" + HA_BAC);
        assertThat(browser.driver.findElement(By.id("reading-heading")).getText()).isEqualTo("Mức độ đọc được số liệu");
        assertThat(browser.driver.findElements(By.cssSelector("#reading-table tbody tr"))).isNotEmpty();
        var unread = browser.driver.findElements(By.cssSelector("#unread-table tbody tr"));
        assertThat(unread).isNotEmpty();
        String number = unread.get(0).findElement(By.tagName("mark")).getText();
        assertThat(unread.get(0).findElement(By.cssSelector(".evidence-sentence")).getText()).contains(number);
        browser.screenshot("quality-reading-unit");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.open("/quality?lang=vi");
        assertThat(browser.driver.findElements(By.cssSelector("#reading-table tbody tr"))).as("the least covered only")
                .hasSize(20);
    }

    /** Issue 15: "on_time_rate_pct is reported as 99.96% but …" reads as Vietnamese, with names and Vietnamese numbers. */
    @Test
    void a_warning_reads_in_vietnamese_with_indicator_names_and_numbers_and_in_english_under_lang_en() {
        browser.open("/quality?lang=vi&unit=11755");
        String vi = browser.driver.findElement(By.id("warnings-wrap")).getText();
        assertThat(vi).contains("Tỷ lệ \"Tỷ lệ hồ sơ đúng hạn (báo cáo)\" báo cáo là 99,96%")
                .contains("4.711 / 4.907 (Hồ sơ giải quyết đúng hạn / Hồ sơ thủ tục hành chính tiếp nhận) = 96,01%")
                .doesNotContain("is reported as").doesNotContain("cases_on_time/");
        browser.open("/quality?lang=en&unit=11755");
        assertThat(browser.driver.findElement(By.id("warnings-wrap")).getText())
                .contains("The rate \"On-time rate (reported)\" is reported as 99.96%")
                .contains("4,711 / 4,907 (Cases resolved on time / Administrative cases received) = 96.01%");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void switching_language_changes_the_labels_and_keeps_the_page_state() {
        browser.open("/?lang=vi&indicator=population&unit=" + HA_BAC);
        assertThat(browser.driver.findElement(By.id("nav-overview")).getText()).isEqualTo("Xếp hạng");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("vi");

        browser.driver.findElement(By.cssSelector(".lang-link[data-lang='en']")).click();
        browser.waitReady();
        assertThat(browser.url()).contains("lang=en").contains("indicator=population").contains("unit=" + HA_BAC);
        assertThat(browser.driver.findElement(By.id("nav-overview")).getText()).isEqualTo("Ranking");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.driver.findElement(By.id("indicator")).getAttribute("value")).isEqualTo("population");
        assertThat(browser.driver.findElement(By.id("rank-text")).getText()).contains("Hà Bắc ranks");

        browser.driver.findElement(By.cssSelector(".lang-link[data-lang='vi']")).click();
        browser.waitReady();
        assertThat(browser.driver.findElement(By.id("nav-overview")).getText()).isEqualTo("Xếp hạng");
        assertThat(browser.url()).contains("indicator=population");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void Ha_Bac_found_by_typing_without_diacritics_gets_a_highlighted_bar_and_its_rank_of_n() throws Exception {
        browser.open("/?lang=vi");
        WebElement search = browser.driver.findElement(By.id("unit-search"));
        search.sendKeys("ha bac");
        browser.waitFor(Duration.ofSeconds(5), "the search to offer Hà Bắc",
                "return document.querySelector('#unit-search-list [data-code=\"10816\"]') !== null");
        search.sendKeys(Keys.ENTER);
        browser.waitFor(Duration.ofSeconds(10), "Hà Bắc selected",
                "return document.getElementById('ranking-chart').dataset.highlightedUnit === '10816'");
        browser.waitReady();
        assertThat(browser.url()).contains("unit=" + HA_BAC);

        @SuppressWarnings("unchecked")
        Map<String, Object> bars = (Map<String, Object>) browser.js(
                "const option = echarts.getInstanceByDom(document.getElementById('ranking-chart')).getOption();"
                        + "const data = option.series[0].data;"
                        + "const i = data.findIndex(d => d.code === arguments[0]);"
                        + "const styled = data.filter(d => d.itemStyle && d.itemStyle.color);"
                        + "return {index: i, bars: data.length, styled: styled.length,"
                        + " color: i < 0 ? null : data[i].itemStyle.color, decal: i >= 0 && !!data[i].itemStyle.decal,"
                        + " border: i < 0 ? 0 : data[i].itemStyle.borderWidth, label: option.yAxis[0].data[i]};",
                HA_BAC);
        assertThat(((Number) bars.get("index")).intValue()).isNotNegative();
        assertThat(bars.get("styled")).as("only Hà Bắc's bar is styled apart").isEqualTo(1L);
        assertThat(bars.get("decal")).as("hatched, so it shows in grey print").isEqualTo(true);
        assertThat(((Number) bars.get("border")).doubleValue()).as("outlined").isGreaterThan(0);
        assertThat((String) bars.get("label")).isEqualTo("Xã Hà Bắc");

        JsonNode row = null;
        for (JsonNode r : api("/api/ranking?indicator=on_time_rate_pct").get("rows")) {
            if (r.at("/unit/code").asText().equals(HA_BAC)) {
                row = r;
            }
        }
        assertThat(row).as("Hà Bắc in the API's ranking").isNotNull();
        String rank = row.get("rank").asInt() + "/" + row.get("n").asInt();
        assertThat(browser.driver.findElement(By.id("rank-text")).getText())
                .isEqualTo("Xã Hà Bắc xếp thứ " + rank);
        assertThat(((Number) bars.get("bars")).intValue()).isEqualTo(row.get("n").asInt());
        assertThat(browser.driver.findElement(By.cssSelector("#ranking-table tr.is-selected th")).getText())
                .contains("Xã Hà Bắc");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_unit_profile_draws_its_spine_chart_and_shows_the_sentence_behind_a_value() {
        browser.open("/units/" + HA_BAC + "?lang=vi");
        assertThat(browser.driver.findElement(By.id("unit-name")).getText()).isEqualTo("Xã Hà Bắc");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#spine-table .spine-svg"));
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(browser.driver.findElements(By.cssSelector("#spine-table .spine-svg .mark"))).hasSameSizeAs(rows);
        assertThat(browser.driver.findElements(By.cssSelector("#spine-table .spine-median"))).hasSameSizeAs(rows);

        WebElement value = browser.driver.findElement(By.cssSelector("#spine-table a.evidence-link[data-indicator='on_time_rate_pct']"));
        assertThat(value.getText()).isEqualTo("99,89%");
        value.click();
        browser.waitFor(Duration.ofSeconds(10), "the evidence dialog",
                "const d = document.getElementById('evidence-dialog'); return d && d.open && d.dataset.state === 'ready'");
        WebElement dialog = browser.driver.findElement(By.id("evidence-dialog"));
        String sentence = dialog.findElement(By.cssSelector(".evidence-sentence")).getText();
        String marked = dialog.findElement(By.cssSelector(".evidence-sentence mark")).getText();
        assertThat(sentence).contains("17003").contains("99,89%");
        assertThat(marked).isNotBlank().contains("99,89%");
        assertThat(sentence).contains(marked);
        browser.screenshot("unit-evidence-1366x768");

        dialog.sendKeys(Keys.ESCAPE);
        browser.waitFor(Duration.ofSeconds(5), "the dialog to close", "return !document.getElementById('evidence-dialog').open");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_compare_page_draws_the_funnel_with_its_95_and_99_8_percent_control_limits() throws Exception {
        browser.open("/compare?lang=vi&units=" + compareUnits() + "&funnel=on_time_rate_pct");
        @SuppressWarnings("unchecked")
        List<String> series = (List<String>) browser.js(
                "return echarts.getInstanceByDom(document.getElementById('funnel-chart')).getOption().series.map(s => s.name)");
        assertThat(series).contains("Giới hạn 95%", "Giới hạn 99,8%", "Tỷ lệ chung");
        WebElement funnel = browser.driver.findElement(By.id("funnel-chart"));
        assertThat(Integer.parseInt(funnel.getAttribute("data-limits"))).isPositive();
        assertThat(funnel.getAttribute("data-highlighted")).contains(HA_BAC);
        assertThat(browser.driver.findElement(By.id("funnel-pooled")).getText()).startsWith("Tỷ lệ chung của nhóm:");
        assertThat(browser.driver.findElements(By.cssSelector("#unit-chips .chip"))).hasSize(4);
        assertThat(browser.driver.findElements(By.cssSelector("#compare-table tbody tr[data-indicator]"))).hasSizeGreaterThan(20);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_unknown_unit_code_shows_a_translated_error_instead_of_an_empty_page() {
        browser.driver.get(base + "/units/99999?lang=vi");
        browser.waitFor(Duration.ofSeconds(10), "the error box", "return !document.getElementById('page-error').hidden");
        assertThat(browser.driver.findElement(By.id("page-error")).getText()).contains("Không có đơn vị với mã này");
        browser.consoleErrors(); // the failed request (400) is logged by the browser: expected here
    }

    @Test
    void the_keyboard_reaches_the_skip_link_first_and_the_search_picks_a_unit_with_arrows_and_enter() {
        browser.open("/?lang=vi");
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("skip-link");
        WebElement search = browser.driver.findElement(By.id("unit-search"));
        search.sendKeys("thuy nguyen");
        browser.waitFor(Duration.ofSeconds(5), "options", "return document.querySelectorAll('#unit-search-list [role=option]').length > 0");
        assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);
        browser.waitFor(Duration.ofSeconds(10), "a unit selected",
                "return new URLSearchParams(location.search).get('unit') !== null");
        browser.waitReady();
        assertThat(browser.driver.findElement(By.id("rank-text")).getText()).contains("Thủy Nguyên").contains("/");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

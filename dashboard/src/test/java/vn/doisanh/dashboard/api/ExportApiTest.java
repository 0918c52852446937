package vn.doisanh.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.TestWarehouses;

/** The download endpoints answer files that open, named for what they hold, and refuse bad parameters with 400. */
class ExportApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;

    @BeforeAll
    static void start() {
        app = DashboardApp.create(TestWarehouses.city()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void GET_ranking_csv_is_utf8_with_a_bom_and_names_ha_bac_with_its_diacritics() throws Exception {
        HttpResponse<byte[]> csv = get("/api/export/ranking.csv?indicator=on_time_rate_pct&unit=10816");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Xã Hà Bắc");
    }

    @Test
    void GET_ranking_xlsx_opens_in_poi() throws Exception {
        HttpResponse<byte[]> xlsx = get("/api/export/ranking.xlsx?indicator=population");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(100);
        }
    }

    @Test
    void GET_profile_csv_and_xlsx_of_ha_bac_open() throws Exception {
        assertThat(new String(get("/api/export/units/10816/profile.csv").body(), StandardCharsets.UTF_8))
                .contains("Xã Hà Bắc");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                get("/api/export/units/10816/profile.xlsx?group=type").body()))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }
    }

    @Test
    void GET_pack_pptx_has_native_charts_and_vietnamese_text() throws Exception {
        HttpResponse<byte[]> pptx = get("/api/export/units/10816/pack.pptx");
        assertThat(pptx.headers().firstValue("Content-Type").orElse("")).contains("presentationml");
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx.body()))) {
            assertThat(deck.getCharts()).isNotEmpty();
            assertThat(deck.getSlides()).hasSizeGreaterThan(3);
            String firstSlide = deck.getSlides().get(0).getShapes().stream()
                    .filter(shape -> shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                    .map(shape -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) shape).getText())
                    .reduce("", String::concat);
            assertThat(firstSlide).contains("Xã Hà Bắc");
        }
    }

    @Test
    void GET_pack_pdf_opens_and_keeps_the_diacritics() throws Exception {
        HttpResponse<byte[]> pdf = get("/api/export/units/10816/pack.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Xã Hà Bắc").contains("Tỷ lệ hồ sơ đúng hạn");
        }
    }

    private static HttpResponse<byte[]> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void POST_a_shown_table_gives_back_xlsx_with_its_context_and_numbers_as_numbers() throws Exception {
        String table = "{\"title\":\"So sánh đơn vị\",\"lines\":[\"Kỳ báo cáo: Quý III/2025\"],\"synthetic\":true,"
                + "\"rows\":[[\"Đơn vị\",\"Dân số\",\"Tỷ lệ\"],[\"Xã Hà Bắc\",\"36.429\",\"99,89%\"]]}";
        HttpResponse<byte[]> xlsx = post("/api/export/table.xlsx?name=so-sanh", table);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("doi-sanh_so-sanh.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder text = new StringBuilder();
            Double population = null;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        population = population == null ? cell.getNumericCellValue() : population;
                    } else {
                        text.append(cell.getStringCellValue()).append('|');
                    }
                }
            }
            assertThat(text.toString()).contains("So sánh đơn vị").contains("Xã Hà Bắc").contains("mô phỏng");
            assertThat(population).isEqualTo(36429.0);
        }
    }

    @Test
    void POST_a_malformed_table_gets_400() throws Exception {
        assertThat(post("/api/export/table.xlsx", "{\"title\":\"x\",\"rows\":[]}").statusCode()).isEqualTo(400);
        assertThat(post("/api/export/table.xlsx", "not json").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/export/ranking.csv?indicator=nope, unknown_indicator",
            "/api/export/ranking.xlsx?period=1999-01-01..1999-03-31, unknown_period",
            "/api/export/units/99999/pack.pdf, unknown_unit",
            "/api/export/units/10816/pack.pptx?group=friends, bad_parameter",
            "/api/export/units/10816/profile.csv?period=x, unknown_period",
    })
    void bad_parameters_get_400_and_no_file(String path, String code) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(code);
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }
}

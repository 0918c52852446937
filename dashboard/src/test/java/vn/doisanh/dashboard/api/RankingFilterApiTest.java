package vn.doisanh.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.TestWarehouses;

/**
 * Issue 14: the ranking page ({@code /api/ranking}) and its downloads ({@code /api/export/ranking.csv|.xlsx}) apply
 * one filter, so for any filter they list the same units, and they refuse a bad filter the same way.
 */
class RankingFilterApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    /** Population of every unit by code, from /api/units. */
    private static Map<String, Long> populations;

    @BeforeAll
    static void start() throws Exception {
        app = DashboardApp.create(TestWarehouses.city()).start("127.0.0.1", 0);
        populations = new HashMap<>();
        for (JsonNode unit : JSON.readTree(body(get("/api/units")))) {
            populations.put(unit.get("code").asText(), unit.get("population").isNull() ? null
                    : unit.get("population").asLong());
        }
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Filters as query strings (values not yet encoded): none, each type, districts, population bounds, combined. */
    static Stream<Arguments> filters() {
        List<String> filters = List.of("", "type=xa", "type=phuong", "type=dac_khu", "district=Thanh Hà",
                "district=Quận Ngô Quyền", "minPopulation=50000", "maxPopulation=20000",
                "minPopulation=20000&maxPopulation=50000", "minPopulation=0", "type=xa&district=Vĩnh Bảo",
                "type=phuong&minPopulation=30000&maxPopulation=80000",
                "type=xa&district=Huyện&minPopulation=25000&maxPopulation=40000", "district=Nowhere");
        return Stream.of("population", "on_time_rate_pct")
                .flatMap(indicator -> filters.stream().map(filter -> Arguments.of(indicator, filter)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("filters")
    void the_ranking_page_and_its_download_list_the_same_units_for_every_filter(String indicator, String filter)
            throws Exception {
        String query = "indicator=" + indicator + (filter.isEmpty() ? "" : "&" + encode(filter));

        HttpResponse<byte[]> page = get("/api/ranking?" + query);
        assertThat(page.statusCode()).as(body(page)).isEqualTo(200);
        JsonNode ranking = JSON.readTree(page.body());
        List<String> shown = new ArrayList<>();
        ranking.get("rows").forEach(row -> shown.add(row.at("/unit/code").asText()));

        HttpResponse<byte[]> csv = get("/api/export/ranking.csv?" + query);
        assertThat(csv.statusCode()).as(body(csv)).isEqualTo(200);
        HttpResponse<byte[]> xlsx = get("/api/export/ranking.xlsx?" + query);
        assertThat(xlsx.statusCode()).as(body(xlsx)).isEqualTo(200);

        assertThat(csvCodes(body(csv))).as("ranking.csv vs the page").containsExactlyElementsOf(shown);
        assertThat(xlsxCodes(xlsx.body())).as("ranking.xlsx vs the page").containsExactlyElementsOf(shown);
        assertThat(body(csv)).contains("/" + ranking.get("n").asInt() + " đơn vị");

        // and what both list is what the filter asks for
        Map<String, String> asked = parse(filter);
        long min = Long.parseLong(asked.getOrDefault("minPopulation", "0"));
        long max = Long.parseLong(asked.getOrDefault("maxPopulation", String.valueOf(Long.MAX_VALUE)));
        for (JsonNode row : ranking.get("rows")) {
            JsonNode unit = row.get("unit");
            if (asked.containsKey("type")) {
                assertThat(unit.get("type").asText()).isEqualTo(asked.get("type"));
            }
            if (asked.containsKey("district")) {
                assertThat(unit.get("formerDistrict").asText()).contains(asked.get("district"));
            }
            if (asked.containsKey("minPopulation") || asked.containsKey("maxPopulation")) {
                assertThat(populations.get(unit.get("code").asText())).as("population of " + unit.get("code"))
                        .isNotNull().isBetween(min, max);
            }
        }
        if (filter.isEmpty()) {
            assertThat(shown).hasSize(ranking.get("n").asInt());
        }
    }

    @Test
    void every_sample_unit_has_a_population_so_a_population_filter_leaves_none_out_for_lack_of_one() throws Exception {
        assertThat(populations).hasSize(114).doesNotContainValue(null);
        JsonNode all = JSON.readTree(get("/api/ranking?indicator=population&minPopulation=0").body());
        assertThat(all.get("rows").size()).isEqualTo(all.get("n").asInt()).isPositive();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "type=village, type",
            "type=XA, type",
            "minPopulation=abc, minPopulation",
            "minPopulation=-5, minPopulation",
            "minPopulation=20000000, minPopulation",
            "maxPopulation=1.5, maxPopulation",
            "'minPopulation=50000&maxPopulation=1000', maxPopulation",
    })
    void the_ranking_page_and_its_downloads_refuse_a_bad_filter_alike(String filter, String parameter)
            throws Exception {
        JsonNode expected = null;
        for (String route : new String[] {"/api/ranking", "/api/export/ranking.csv", "/api/export/ranking.xlsx"}) {
            HttpResponse<byte[]> response = get(route + "?indicator=population&" + filter);
            assertThat(response.statusCode()).as(route).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Disposition")).as(route).isEmpty();
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("code").asText()).as(route).isEqualTo("bad_parameter");
            assertThat(error.path("parameter").asText()).as(route).isEqualTo(parameter);
            assertThat(error.get("message").asText()).as(route).isNotBlank();
            if (expected == null) {
                expected = error;
            }
            assertThat(error).as(route + " answers as /api/ranking does").isEqualTo(expected);
        }
    }

    private static String encode(String filter) {
        StringBuilder query = new StringBuilder();
        for (String pair : filter.split("&")) {
            String[] kv = pair.split("=", 2);
            query.append(query.isEmpty() ? "" : "&").append(kv[0]).append('=')
                    .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static Map<String, String> parse(String filter) {
        Map<String, String> asked = new HashMap<>();
        if (!filter.isEmpty()) {
            for (String pair : filter.split("&")) {
                String[] kv = pair.split("=", 2);
                asked.put(kv[0], kv[1]);
            }
        }
        return asked;
    }

    /** The unit codes of the table rows of a ranking CSV: the records after the header row, in order. */
    private static List<String> csvCodes(String csv) throws Exception {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        List<String> codes = new ArrayList<>();
        int column = -1;
        for (CSVRecord record : records) {
            if (column >= 0) {
                codes.add(record.get(column));
            } else if (record.size() > 2 && record.get(0).equals("Hạng")) {
                column = record.toList().indexOf("Mã đơn vị");
            }
        }
        assertThat(column).as("the CSV has a table header with 'Mã đơn vị'").isNotNegative();
        return codes;
    }

    /** The unit codes of the table rows of a ranking workbook's first sheet. */
    private static List<String> xlsxCodes(byte[] xlsx) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int column = -1;
            for (Row row : sheet) {
                if (column >= 0) {
                    String code = row.getCell(column) == null ? "" : formatter.formatCellValue(row.getCell(column));
                    if (code.matches("\\d{5}")) {
                        codes.add(code);
                    }
                } else if (row.getCell(0) != null && formatter.formatCellValue(row.getCell(0)).equals("Hạng")) {
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        if (row.getCell(i) != null && formatter.formatCellValue(row.getCell(i)).equals("Mã đơn vị")) {
                            column = i;
                        }
                    }
                }
            }
            assertThat(column).as("the workbook has a table header with 'Mã đơn vị'").isNotNegative();
        }
        return codes;
    }
}

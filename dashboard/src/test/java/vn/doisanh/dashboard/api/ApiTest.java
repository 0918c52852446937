package vn.doisanh.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.TestWarehouses;

/** Every endpoint of docs/api.md over the warehouse built from sample-data, good requests and bad ones. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
    }

    @BeforeAll
    static void start() {
        app = DashboardApp.create(TestWarehouses.city()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static Response get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.headers().firstValue("Content-Type").orElse("").contains("json")
                ? JSON.readTree(response.body()) : null;
        return new Response(response.statusCode(), body, response);
    }

    @Test
    void GET_meta_gives_the_snapshot_114_units_and_the_periods() throws Exception {
        Response meta = get("/api/meta");
        assertThat(meta.status()).isEqualTo(200);
        assertThat(meta.body().get("units").asInt()).isEqualTo(114);
        assertThat(meta.body().get("syntheticUnits").asInt()).isEqualTo(113);
        assertThat(meta.body().at("/snapshot/id").asText()).isNotBlank();
        assertThat(meta.body().get("periods").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void GET_indicators_gives_the_catalogue_in_both_languages() throws Exception {
        JsonNode indicators = get("/api/indicators").body();
        assertThat(indicators.size()).isGreaterThan(40);
        assertThat(indicators.get(0).has("nameVi")).isTrue();
        assertThat(indicators.get(0).has("nameEn")).isTrue();
    }

    @Test
    void GET_units_finds_ha_bac_whatever_the_diacritics_case_and_prefix() throws Exception {
        for (String query : new String[] {"ha%20bac", "H%C3%80%20B%E1%BA%AEC", "xa%20ha%20bac", "10816"}) {
            JsonNode units = get("/api/units?q=" + query).body();
            assertThat(units.size()).as(query).isEqualTo(1);
            assertThat(units.get(0).get("code").asText()).isEqualTo("10816");
            assertThat(units.get(0).get("synthetic").asBoolean()).isFalse();
        }
        assertThat(get("/api/units").body().size()).isEqualTo(114);
    }

    @Test
    void GET_ranking_of_the_on_time_rate_ranks_ha_bac_among_all_units_of_its_period() throws Exception {
        String period = "2025-07-01..2026-06-30";
        JsonNode ranking = get("/api/ranking?indicator=on_time_rate_pct&period=" + period).body();
        assertThat(ranking.get("n").asInt()).isGreaterThan(100);
        JsonNode habac = null;
        for (JsonNode row : ranking.get("rows")) {
            if (row.at("/unit/code").asText().equals("10816")) {
                habac = row;
            }
        }
        assertThat(habac).isNotNull();
        assertThat(habac.get("value").asDouble()).isEqualTo(99.89);
        assertThat(habac.get("rank").asInt()).isBetween(1, ranking.get("n").asInt());
        assertThat(habac.get("synthetic").asBoolean()).isFalse();
    }

    @Test
    void GET_ranking_filters_narrow_the_rows_but_keep_city_wide_ranks() throws Exception {
        JsonNode all = get("/api/ranking?indicator=population").body();
        JsonNode wards = get("/api/ranking?indicator=population&type=phuong").body();
        assertThat(wards.get("rows").size()).isLessThan(all.get("rows").size());
        assertThat(wards.get("n").asInt()).isEqualTo(all.get("n").asInt());
        wards.get("rows").forEach(row -> assertThat(row.at("/unit/type").asText()).isEqualTo("phuong"));
    }

    @Test
    void GET_distribution_gives_quartiles_and_every_value() throws Exception {
        JsonNode distribution = get("/api/distribution?indicator=population").body();
        assertThat(distribution.at("/stats/median").asDouble()).isPositive();
        assertThat(distribution.get("values").size()).isEqualTo(distribution.at("/stats/n").asInt());
    }

    @Test
    void GET_profile_of_ha_bac_gives_ranks_medians_spread_and_trend() throws Exception {
        JsonNode profile = get("/api/units/10816/profile").body();
        assertThat(profile.at("/unit/name").asText()).isEqualTo("Xã Hà Bắc");
        assertThat(profile.get("lines").size()).isGreaterThan(20);
        JsonNode line = profile.get("lines").get(0);
        assertThat(line.has("rank")).isTrue();
        assertThat(line.has("cityMedian")).isTrue();
        assertThat(line.has("p25")).isTrue();
        assertThat(line.get("trend").isArray()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"all", "type", "district", "peers"})
    void GET_profile_takes_every_comparison_group(String group) throws Exception {
        Response profile = get("/api/units/10816/profile?group=" + group);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body().get("group").asText()).isEqualTo(group);
        assertThat(profile.body().get("groupSize").asInt()).isPositive();
        assertThat(profile.body().at("/lines/0/groupQuartile").asInt()).isBetween(1, 4);
    }

    @Test
    void GET_evidence_gives_the_sentence_behind_ha_bac_cases_received() throws Exception {
        JsonNode evidence = get("/api/units/10816/evidence?indicator=cases_received&period=2025-07-01..2026-06-30").body();
        assertThat(evidence.get("facts").size()).isEqualTo(1);
        JsonNode fact = evidence.get("facts").get(0);
        assertThat(fact.get("value").asDouble()).isEqualTo(17049);
        assertThat(fact.get("text").asText()).contains("Tổng số hồ sơ tiếp nhận: 17049 hồ sơ");
        assertThat(fact.get("sourceFile").asText()).endsWith("000_229544596d0c1ef8.txt");
    }

    @Test
    void GET_peers_gives_ten_neighbours_with_distances_and_the_method() throws Exception {
        JsonNode peers = get("/api/units/10816/peers").body();
        assertThat(peers.get("peers").size()).isEqualTo(10);
        assertThat(peers.get("method").asText()).contains("z-scores");
        assertThat(peers.at("/peers/0/distance").asDouble()).isLessThanOrEqualTo(peers.at("/peers/9/distance").asDouble());
    }

    @Test
    void GET_compare_puts_units_side_by_side() throws Exception {
        JsonNode comparison = get("/api/compare?units=10816,10813,11755").body();
        assertThat(comparison.get("units").size()).isEqualTo(3);
        assertThat(comparison.get("rows").size()).isPositive();
    }

    @Test
    void GET_funnel_gives_limits_that_narrow_as_the_denominator_grows() throws Exception {
        JsonNode funnel = get("/api/funnel?indicator=on_time_rate_pct&period=2025-07-01..2025-09-30&units=10507").body();
        assertThat(funnel.get("points").size()).isGreaterThan(100);
        JsonNode limits = funnel.get("limits");
        double firstWidth = limits.get(0).get("upper95").asDouble() - limits.get(0).get("lower95").asDouble();
        double lastWidth = limits.get(limits.size() - 1).get("upper95").asDouble()
                - limits.get(limits.size() - 1).get("lower95").asDouble();
        assertThat(lastWidth).isLessThan(firstWidth);
        assertThat(funnel.get("pooledRate").asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    void GET_quality_lists_warnings_and_the_quarantined_files_of_the_last_load() throws Exception {
        JsonNode quality = get("/api/quality").body();
        assertThat(quality.get("quarantine").size()).isEqualTo(4);
        assertThat(quality.get("flags").size()).isPositive();
    }

    /**
     * Issue 15: the city is shown only the warnings the sample was written to carry (expected-outcomes.csv of the
     * synthetic set and of the real report), no more and no fewer; any other is printed with its sentence.
     */
    @Test
    void GET_quality_lists_exactly_the_warnings_the_sample_was_written_to_carry() throws Exception {
        Set<String> intended = new TreeSet<>();
        for (String set : new String[] {"synthetic", "real"}) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader reader = Files.newBufferedReader(Path.of("../sample-data", set, "expected-outcomes.csv"))) {
                for (CSVRecord row : format.parse(reader)) {
                    if (row.get("outcome").equals("warning")) {
                        intended.add(row.get("file") + " " + row.get("expected_code"));
                    }
                }
            }
        }
        Set<String> shown = new TreeSet<>();
        for (JsonNode flag : get("/api/quality").body().get("flags")) {
            String file = flag.get("sourceFile").asText().replace('\\', '/');
            String shownAs = file.substring(file.lastIndexOf("sample-data/") + "sample-data/".length()) + " "
                    + flag.get("code").asText();
            if (shown.add(shownAs) && !intended.contains(shownAs)) {
                System.out.println("[unintended warning] " + shownAs + ": " + flag.get("message").asText() + " — \""
                        + flag.path("evidenceText").asText() + "\"");
            }
        }
        assertThat(shown).isEqualTo(intended);
    }

    @Test
    void GET_quality_gives_the_reading_coverage_of_every_report_and_a_units_unread_numbers() throws Exception {
        JsonNode all = get("/api/quality").body();
        assertThat(all.get("reading").size()).isGreaterThan(100);
        assertThat(all.get("unread").size()).as("unread numbers only for one unit").isZero();
        JsonNode haBac = get("/api/quality?unit=10816").body();
        JsonNode real = null;
        for (JsonNode report : haBac.get("reading")) {
            if (report.get("sourceFile").asText().contains("000_229544596d0c1ef8")) {
                real = report;
            }
        }
        assertThat(real).as("the real Hà Bắc report").isNotNull();
        assertThat(real.get("seen").asInt()).isEqualTo(219);
        assertThat(real.get("unread").asInt()).isPositive();
        assertThat(haBac.get("unread").size()).isGreaterThanOrEqualTo(real.get("unread").asInt());
        haBac.get("unread").forEach(n -> assertThat(n.get("sentence").asText()).contains(n.get("number").asText()));
    }

    @Test
    void GET_i18n_gives_vietnamese_by_default_and_english_on_request() throws Exception {
        JsonNode vi = get("/api/i18n").body();
        JsonNode en = get("/api/i18n?lang=en").body();
        assertThat(vi.size()).isPositive();
        assertThat(vi.fieldNames().next()).isEqualTo(en.fieldNames().next());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "/api/ranking?indicator=nope, 400, unknown_indicator",
            "/api/ranking?period=2020-01-01..2020-03-31, 400, unknown_period",
            "/api/ranking?indicator=population&type=village, 400, bad_parameter",
            "/api/ranking?indicator=population&minPopulation=abc, 400, bad_parameter",
            "/api/units/99999/profile, 400, unknown_unit",
            "/api/units/10816/profile?group=friends, 400, bad_parameter",
            "/api/units/10816/evidence?indicator=nope, 400, unknown_indicator",
            "/api/units/10816/peers?k=0, 400, bad_parameter",
            "/api/compare?units=10816, 400, bad_parameter",
            "'/api/compare?units=10816,abc', 400, unknown_unit",
            "'/api/compare?units=10816,10813&indicators=x', 400, unknown_indicator",
            "/api/funnel?indicator=population, 400, bad_parameter",
            "/api/quality?unit=00000, 400, unknown_unit",
            "/api/nothing, 404, not_found",
            "'/api/ranking?indicator=%27%3B%20DROP%20TABLE%20int_values%3B--', 400, unknown_indicator",
    })
    void bad_parameters_get_a_clear_error_never_a_500(String path, int status, String code) throws Exception {
        Response response = get(path);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body().at("/error/code").asText()).isEqualTo(code);
        assertThat(response.body().at("/error/message").asText()).isNotBlank();
    }

    @Test
    void pages_are_served_at_shareable_addresses_with_a_policy_that_forbids_inline_script() throws Exception {
        for (String page : new String[] {"/", "/units/10816", "/units/10816/peers", "/compare", "/indicators", "/quality"}) {
            Response response = get(page);
            assertThat(response.status()).as(page).isEqualTo(200);
            assertThat(response.raw().headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("script-src 'self'").doesNotContain("unsafe-inline");
        }
    }

    @Test
    void a_repeated_request_gets_the_same_answer_from_the_snapshot_cache() throws Exception {
        Response first = get("/api/ranking?indicator=population&type=xa");
        Response second = get("/api/ranking?type=xa&indicator=population");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.raw().body()).isEqualTo(first.raw().body());
        assertThat(get("/api/ranking?indicator=nope").status()).isEqualTo(400);
        assertThat(get("/api/ranking?indicator=nope").status()).as("errors are not cached as answers").isEqualTo(400);
    }

    @Test
    void echarts_is_served_from_its_webjar() throws Exception {
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
    }
}

package vn.doisanh.dashboard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.TestWarehouses;

/**
 * The public read-only app under hostile requests: SQL injection through every parameter of every GET /api route
 * (enumerated from the app's router, the query parameter names from the API's sources, so new routes and
 * parameters are covered), path traversal through the URL, and the Content-Security-Policy.
 */
class PublicAppSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String HA_BAC = "10816";
    static final List<String> INJECTIONS = List.of(
            "' OR 1=1--",
            "10816; DROP TABLE facts",
            "10816'; DROP TABLE int_facts; --",
            "\" OR \"\"=\"",
            "10816' UNION SELECT unit_name, unit_name FROM int_units--",
            "‘ OR ‘1’=‘1",       // curly quotes
            "＇ OR 1=1 --",        // fullwidth apostrophe
            "ʼ) OR (ʼ1ʼ=ʼ1",      // modifier letter apostrophe
            "10816) OR (1=1",
            "%' OR unit_code LIKE '%",
            "1e309",
            "-1",
            "\u0000' OR 1=1",
            "x".repeat(4000));
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        app = DashboardApp.create(TestWarehouses.city()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    @Timeout(600)
    void SQL_injection_through_any_parameter_of_any_API_route_is_refused_or_answered_never_a_500() throws Exception {
        Map<String, List<String>> before = contents();
        List<String> routes = apiGetRoutes();
        List<String> parameters = queryParameterNames();
        assertThat(routes).contains("/api/ranking", "/api/units/{code}/profile", "/api/compare", "/api/quality");
        assertThat(parameters).contains("indicator", "period", "units", "unit", "group", "k", "q");

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        for (String route : routes) {
            // Downloads build files (a meeting pack takes a second): one request per payload carries it in every
            // query parameter at once; each parameter alone is covered by the JSON routes, which share Params.
            boolean download = route.startsWith("/api/export/");
            for (String payload : download ? INJECTIONS.subList(0, 4) : INJECTIONS) {
                String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
                if (route.contains("{")) {
                    requests++;
                    check(route.replaceAll("\\{[^}]+}", encoded), statuses, failures);
                }
                List<String> queries = download
                        ? List.of(String.join("&", parameters.stream().map(p -> p + "=" + encoded).toList()))
                        : parameters.stream().map(p -> p + "=" + encoded).toList();
                for (String query : queries) {
                    requests++;
                    check(route.replaceAll("\\{[^}]+}", HA_BAC) + "?" + query, statuses, failures);
                }
            }
        }
        System.out.printf("[security] SQL injection: %d requests over %d GET /api routes and %d query parameters, "
                + "statuses %s, %d failures%n", requests, routes.size(), parameters.size(), statuses, failures.size());
        assertThat(failures).isEmpty();
        assertThat(contents()).as("the warehouse after the injections").isEqualTo(before);
        assertThat(get("/api/units").body().size()).isEqualTo(114);
    }

    @Test
    void a_parameter_too_long_for_a_request_line_is_refused_with_a_4xx() throws Exception {
        HttpResponse<String> response = send("/api/ranking?indicator=" + "x".repeat(100_000));
        assertThat(response.statusCode()).isBetween(400, 499);
    }

    /** Passes if the answer is normal (2xx) or a 4xx carrying a JSON error code; anything else is a failure. */
    private static void check(String path, Map<Integer, Integer> statuses, List<String> failures) {
        try {
            HttpResponse<String> response = send(path);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 200 && status < 300) {
                if (type.contains("json")) {
                    JSON.readTree(response.body());
                }
                return;
            }
            if (status >= 400 && status < 500 && type.contains("json")
                    && !JSON.readTree(response.body()).at("/error/code").asText().isBlank()) {
                return;
            }
            if (status == 400 && path.contains("%00") && response.body().contains("HTTP ERROR 400")) {
                return; // Jetty refuses a NUL in the path itself, before any route or query runs
            }
            failures.add(path.substring(0, Math.min(200, path.length())) + " -> " + status + " " + type + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        } catch (Exception e) {
            failures.add(path.substring(0, Math.min(200, path.length())) + " -> " + e);
        }
    }

    @Test
    void path_traversal_through_the_URL_never_gives_a_file_from_outside_the_app() throws Exception {
        List<String> attempts = List.of(
                "/assets/../../etc/passwd",
                "/assets/../../../../../../etc/passwd",
                "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd",
                "/assets/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
                "/assets/..%5c..%5c..%5cetc%5cpasswd",
                "/assets/....//....//....//etc/passwd",
                "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "/webjars/..%2f..%2f..%2f..%2fetc/passwd",
                "/webjars/../../../../etc/passwd",
                "/webjars/../vn/doisanh/dashboard/DashboardApp.class",
                "/assets/../vn/doisanh/dashboard/DashboardApp.class",
                "/assets/..%2f..%2fvn%2fdoisanh%2fdashboard%2fDashboardApp.class",
                "/assets/../../i18n/messages_vi.properties",
                "/assets/..%2fi18n%2fmessages_vi.properties",
                "/assets/../../log4j2.properties",
                "/units/..%2f..%2fetc/passwd",
                "/units/..%2f..%2fetc",
                "/units/%2e%2e%2f%2e%2e%2fetc%2fpasswd/peers",
                "/api/units/..%2f..%2f..%2fetc%2fpasswd/profile",
                "/%2e%2e/%2e%2e/etc/passwd",
                "//etc/passwd",
                "/..;/..;/etc/passwd",
                "/assets/..;/..;/etc/passwd",
                "/file:///etc/passwd");
        String passwd = Files.readString(Path.of("/etc/passwd")).lines().findFirst().orElse("root:x:0:0");
        String i18n = new String(PublicAppSecurityTest.class.getResourceAsStream("/i18n/messages_vi.properties")
                .readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.contains("=")).findFirst().orElseThrow();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (String path : attempts) {
            RawResponse response = raw(path);
            statuses.merge(response.status, 1, Integer::sum);
            if (response.status == 200) {
                System.out.println("[security] " + path + " -> 200, " + response.body.length() + " chars: "
                        + response.body.substring(0, Math.min(80, response.body.length())).replaceAll("\\s+", " "));
            }
            assertThat(response.status).as(path).isNotEqualTo(500);
            assertThat(response.body).as(path)
                    .doesNotContain(passwd)
                    .doesNotContain("\u00ca\u00fe\u00ba\u00be") // a class file's magic number, read as Latin-1
                    .doesNotContain(i18n)
                    .doesNotContain("rootLogger");
        }
        System.out.printf("[security] path traversal: %d attempts, statuses %s, no file from outside the app%n",
                attempts.size(), statuses);
    }

    @Test
    void the_content_security_policy_forbids_inline_script_on_every_kind_of_answer() throws Exception {
        for (String path : List.of("/", "/units/" + HA_BAC, "/compare", "/quality", "/api/meta", "/api/nope",
                "/assets/favicon.svg", "/nope")) {
            HttpResponse<String> response = send(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("object-src 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        // ...and the pages need no inline script, so the policy costs them nothing.
        for (String page : List.of("/", "/units/" + HA_BAC, "/compare", "/quality", "/indicators")) {
            String html = send(page).body();
            Matcher scripts = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(html);
            while (scripts.find()) {
                assertThat(scripts.group(1)).as(page + " script tag").contains("src=");
            }
            assertThat(html).as(page).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
        }
    }

    /** Every GET route under /api/ the app registered. */
    static List<String> apiGetRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(e -> e.method == HandlerType.GET && e.path.startsWith("/api/"))
                .map((Endpoint e) -> e.path).distinct().sorted().toList();
    }

    /** Every query parameter name the API's sources read (queryParam("x"), params.integer(ctx, "x", …)). */
    static List<String> queryParameterNames() throws IOException {
        Pattern read = Pattern.compile("(?:queryParam|queryParamAsClass|integer)\\((?:ctx, )?\"([A-Za-z_]+)\"");
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = read.matcher(Files.readString(source));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return List.copyOf(names);
    }

    /** Row counts and a checksum of every table of the served snapshot, read on a connection of its own. */
    private static Map<String, List<String>> contents() throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = TestWarehouses.city().connect(); var s = c.createStatement();
                var names = s.executeQuery("SELECT table_name FROM information_schema.tables ORDER BY 1")) {
            List<String> all = new ArrayList<>();
            while (names.next()) {
                all.add(names.getString(1));
            }
            for (String table : all) {
                try (var r = c.createStatement().executeQuery("SELECT count(*), sum(hash(t)) FROM \"" + table + "\" t")) {
                    r.next();
                    tables.put(table, List.of(r.getString(1), String.valueOf(r.getObject(2))));
                }
            }
        }
        return tables;
    }

    private record Json(int status, JsonNode body) {
    }

    private static Json get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        return new Json(response.statusCode(), JSON.readTree(response.body()));
    }

    private static HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record RawResponse(int status, String body) {
    }

    /** A request line sent byte for byte, so no client normalises the dots away first. */
    private static RawResponse raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n");
            return new RawResponse(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
        }
    }
}

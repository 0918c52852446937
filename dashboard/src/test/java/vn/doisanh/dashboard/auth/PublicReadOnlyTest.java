package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.DashboardApp.RegisteredEndpoint;
import vn.doisanh.dashboard.TestWarehouses;

/** serve --public-read-only: every read route open to anyone, every route registered with roles 403. */
class PublicReadOnlyTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        app = DashboardApp.create(TestWarehouses.city(), Access.publicReadOnly(), List.of(AuthServer.FEATURES))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> send(String method, String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"T\",\"lines\":[],\"rows\":[[\"a\"],[\"1\"]]}"));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_and_the_read_API_are_open_to_anyone() throws Exception {
        for (String path : List.of("/", "/units/10816", "/api/meta", "/api/units/10816/profile", "/api/ranking?indicator=population")) {
            assertThat(send("GET", path, null).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(send("POST", "/api/export/table.xlsx", base).statusCode()).isEqualTo(200);
    }

    @Test
    void every_route_registered_with_roles_answers_403() throws Exception {
        List<RegisteredEndpoint> guarded = DashboardApp.endpoints(app).stream()
                .filter(e -> e.roles().stream().anyMatch(Role.class::isInstance)).toList();
        assertThat(guarded).isNotEmpty();
        for (RegisteredEndpoint endpoint : guarded) {
            String path = endpoint.path().replaceAll("\\{[^}]+\\}", "x");
            HttpResponse<String> response = send(endpoint.method().name(), path, null);
            assertThat(response.statusCode()).as(endpoint.method() + " " + path).isEqualTo(403);
            assertThat(new ObjectMapper().readTree(response.body()).at("/error/code").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void there_is_no_sign_in_and_the_session_says_so() throws Exception {
        JsonNode session = new ObjectMapper().readTree(send("GET", "/api/session", null).body());
        assertThat(session.get("user").isNull()).isTrue();
        assertThat(session.get("publicReadOnly").asBoolean()).isTrue();
        assertThat(send("POST", "/api/login", null).statusCode()).isEqualTo(403);
        HttpResponse<String> login = send("GET", "/login", null);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).contains("/");
    }

    @Test
    void a_post_from_another_origin_is_still_refused() throws Exception {
        assertThat(send("POST", "/api/export/table.xlsx", "https://evil.example").statusCode()).isEqualTo(403);
    }
}

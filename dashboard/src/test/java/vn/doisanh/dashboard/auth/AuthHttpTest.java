package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.DashboardApp.RegisteredEndpoint;

/**
 * Accounts over real HTTP: login and its cookie, session fixation, logout, 401 and the login redirect, roles on
 * every route registered with them, CSRF on every state-changing route, cross-origin refusals, the rate limit,
 * open redirects and the audit log. Each test has its own server (and so its own sessions and rate limits).
 */
class AuthHttpTest {
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private AuthServer server;

    @BeforeEach
    void start() {
        server = new AuthServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<RegisteredEndpoint> endpoints() {
        return DashboardApp.endpoints(server.app);
    }

    /** A concrete path for a registered one: path parameters filled with Hà Bắc's code or "x". */
    private static String concrete(String path) {
        return path.replace("{code}", "10816").replaceAll("\\{[^}]+\\}|<[^>]+>", "x");
    }

    private static boolean unsafe(RegisteredEndpoint endpoint) {
        return UNSAFE.contains(endpoint.method().name());
    }

    @Test
    void POST_to_login_with_the_right_password_sets_an_HttpOnly_SameSite_Strict_session_cookie() {
        AuthServer.Reply reply = server.postLogin("phantich", AuthServer.PASSWORD, Map.of("Origin", server.origin()));
        assertThat(reply.status()).isEqualTo(200);
        String cookie = reply.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("doisanh_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure");
        assertThat(reply.sessionCookie().orElseThrow()).hasSizeGreaterThanOrEqualTo(43); // 256 bits in base64url
        assertThat(reply.json().at("/user/username").asText()).isEqualTo("phantich");
        assertThat(reply.json().at("/user/role").asText()).isEqualTo("analyst");
        assertThat(reply.json().get("csrfToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(reply.header("Cache-Control")).contains("no-store");
    }

    @Test
    void the_session_cookie_is_Secure_when_serve_runs_with_secure_cookies() {
        try (AuthServer secure = new AuthServer(AccessSettings.defaults().withSecureCookies(true))) {
            AuthServer.Reply reply = secure.postLogin("phantich", AuthServer.PASSWORD, Map.of());
            assertThat(reply.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("; Secure"));
        }
    }

    @Test
    void user_names_match_whatever_their_case_and_surrounding_spaces() {
        AuthServer.Reply reply = server.postLogin("  PhanTich ", AuthServer.PASSWORD, Map.of());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/user/username").asText()).isEqualTo("phantich");
    }

    @Test
    void POST_to_login_with_wrong_password_gives_401() {
        AuthServer.Reply wrong = server.postLogin("phantich", "sai-mat-khau-123", Map.of());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().at("/error/code").asText()).isEqualTo("invalid_credentials");
        assertThat(wrong.sessionCookie()).isEmpty();
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password() {
        AuthServer.Reply unknown = server.postLogin("khongco", "sai-mat-khau-123", Map.of());
        AuthServer.Reply wrong = server.postLogin("phantich", "sai-mat-khau-123", Map.of());
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void a_login_without_credentials_gets_400() {
        HttpRequest request = server.request("/api/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"phantich\"}")).build();
        assertThat(server.send(request).status()).isEqualTo(400);
        HttpRequest notJson = server.request("/api/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build();
        assertThat(server.send(notJson).status()).isEqualTo(400);
    }

    @Test
    void a_cookie_value_set_before_login_is_not_the_one_after() {
        AuthServer.Login earlier = server.login("phantich");
        // An attacker's planted id (a real one, or an invented one) is never promoted to the signed-in session.
        for (String planted : List.of(earlier.cookie(), "attacker-chosen-session-id")) {
            AuthServer.Reply reply = server.postLogin("phantich", AuthServer.PASSWORD,
                    Map.of("Cookie", "doisanh_session=" + planted));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.sessionCookie().orElseThrow()).isNotEqualTo(planted);
            assertThat(server.get("/api/meta", new AuthServer.Login(planted, null)).status()).as(planted).isEqualTo(401);
        }
    }

    @Test
    void logout_ends_the_session_on_the_server() {
        AuthServer.Login login = server.login("phantich");
        assertThat(server.get("/api/meta", login).status()).isEqualTo(200);
        AuthServer.Reply logout = server.call("POST", "/api/logout", login, login.csrfToken(), server.origin(), null);
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("doisanh_session=;") && c.contains("Max-Age=0"));
        // The browser might keep the cookie; the server no longer knows it.
        assertThat(server.get("/api/meta", login).status()).isEqualTo(401);
        assertThat(server.access.sessions().size()).isZero();
    }

    @Test
    void the_API_answers_401_JSON_without_a_session() {
        AuthServer.Reply reply = server.get("/api/meta", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().at("/error/code").asText()).isEqualTo("unauthenticated");
        assertThat(server.get("/api/meta", new AuthServer.Login("not-a-session", null)).status()).isEqualTo(401);
    }

    @Test
    void pages_redirect_to_the_login_with_the_page_to_come_back_to() {
        AuthServer.Reply reply = server.get("/units/10816?lang=en&period=2025", null);
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location").orElseThrow())
                .isEqualTo("/login?next=%2Funits%2F10816%3Flang%3Den%26period%3D2025");
    }

    @Test
    void the_login_page_the_message_bundle_and_static_assets_stay_public() {
        AuthServer.Reply login = server.get("/login?next=%2F", null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"login-form\"").doesNotContain("<script>");
        assertThat(login.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(server.get("/api/i18n?lang=vi", null).json().get("login.heading").asText()).isEqualTo("Đăng nhập");
        assertThat(server.get("/assets/js/pages/login.js", null).status()).isEqualTo(200);
        assertThat(server.get("/assets/css/app.css", null).status()).isEqualTo(200);
        JsonNode session = server.get("/api/session", null).json();
        assertThat(session.get("user").isNull()).isTrue();
        assertThat(session.get("csrfToken").isNull()).isTrue();
        assertThat(session.get("publicReadOnly").asBoolean()).isFalse();
    }

    @Test
    void GET_session_names_the_user_their_role_and_a_leaders_unit() {
        AuthServer.Login login = server.login("habac");
        JsonNode session = server.get("/api/session", login).json();
        assertThat(session.at("/user/username").asText()).isEqualTo("habac");
        assertThat(session.at("/user/role").asText()).isEqualTo("leader");
        assertThat(session.at("/user/unit").asText()).isEqualTo("10816");
        assertThat(session.get("csrfToken").asText()).isEqualTo(login.csrfToken());
        assertThat(server.get("/api/meta", login).header("Cache-Control")).contains("private, no-store");
    }

    @Test
    void every_role_reads_every_read_route() {
        for (String user : List.of("phantich", "habac", "quantri")) {
            AuthServer.Login login = server.login(user);
            assertThat(server.get("/api/meta", login).status()).as(user).isEqualTo(200);
            assertThat(server.get("/", login).status()).as(user).isEqualTo(200);
            assertThat(server.get("/units/10816", login).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void a_leader_gets_403_on_every_route_registered_for_analysts_or_admins() {
        List<RegisteredEndpoint> guarded = endpoints().stream()
                .filter(e -> e.roles().contains(Role.ANALYST) || e.roles().contains(Role.ADMIN))
                .filter(e -> !e.roles().contains(Role.LEADER))
                .toList();
        assertThat(guarded).as("the test's own analyst and admin routes at least").hasSizeGreaterThanOrEqualTo(6);
        AuthServer.Login leader = server.login("habac");
        for (RegisteredEndpoint endpoint : guarded) {
            AuthServer.Reply reply = server.call(endpoint.method().name(), concrete(endpoint.path()), leader,
                    leader.csrfToken(), server.origin(), "{}");
            assertThat(reply.status()).as(endpoint.method() + " " + endpoint.path()).isEqualTo(403);
            assertThat(reply.json().at("/error/code").asText()).isEqualTo("forbidden");
        }
        System.out.printf("[authz] %d routes for analysts or admins, each refused (403) to a leader's session: %s%n",
                guarded.size(), guarded.stream().map(e -> e.method() + " " + e.path()).toList());
    }

    @Test
    void a_route_with_roles_admits_those_roles_only() {
        AuthServer.Login analyst = server.login("phantich");
        AuthServer.Login admin = server.login("quantri");
        assertThat(server.call("POST", "/api/test/uploads", analyst, analyst.csrfToken(), null, "{}").status()).isEqualTo(200);
        assertThat(server.call("POST", "/api/test/uploads", admin, admin.csrfToken(), null, "{}").status()).isEqualTo(403);
        assertThat(server.call("GET", "/api/test/users", admin, null, null, null).status()).isEqualTo(200);
        assertThat(server.call("GET", "/api/test/users", analyst, null, null, null).status()).isEqualTo(403);
        assertThat(server.call("GET", "/api/test/users", null, null, null, null).status()).isEqualTo(401);
    }

    @Test
    void a_missing_or_wrong_CSRF_token_gets_403_on_every_state_changing_route() {
        List<RegisteredEndpoint> unsafe = endpoints().stream().filter(AuthHttpTest::unsafe)
                .filter(e -> !e.path().equals("/api/login"))
                .toList();
        assertThat(unsafe).extracting(RegisteredEndpoint::path).contains("/api/export/table.xlsx", "/api/logout",
                "/api/uploads", "/api/loads", "/api/snapshots/{id}/restore");
        AuthServer.Login analyst = server.login("phantich");
        AuthServer.Login other = server.login("phantich");
        for (RegisteredEndpoint endpoint : unsafe) {
            String path = concrete(endpoint.path());
            String what = endpoint.method() + " " + endpoint.path();
            for (String token : new String[] {null, "", "wrong", other.csrfToken(), analyst.csrfToken() + "x"}) {
                AuthServer.Reply reply = server.call(endpoint.method().name(), path, analyst, token, null, "{}");
                assertThat(reply.status()).as(what + " with token " + token).isEqualTo(403);
                assertThat(reply.json().at("/error/code").asText()).as(what).isEqualTo("csrf_failed");
            }
        }
        System.out.printf("[csrf] %d state-changing routes x 5 bad tokens, each refused (403): %s%n", unsafe.size(),
                unsafe.stream().map(e -> e.method() + " " + e.path()).toList());
        // ...and the session is still good: a refused request does not sign anybody out.
        assertThat(server.get("/api/meta", analyst).status()).isEqualTo(200);
    }

    @Test
    void the_upload_routes_serve_wires_in_admit_an_analyst_with_the_token_and_nobody_else() {
        AuthServer.Login analyst = server.login("phantich");
        AuthServer.Login leader = server.login("habac");
        assertThat(server.get("/api/loads", analyst).status()).isEqualTo(200);
        assertThat(server.get("/uploads", analyst).status()).isEqualTo(200);
        assertThat(server.get("/api/loads", leader).status()).isEqualTo(403);
        assertThat(server.get("/api/snapshots", leader).status()).isEqualTo(403);
        // the handler itself answers (no files named), so the request got past sign-in, CSRF and role
        AuthServer.Reply reply = server.call("POST", "/api/loads", analyst, analyst.csrfToken(), server.origin(),
                "{\"files\":[]}");
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void the_table_export_works_with_the_sessions_CSRF_token() {
        AuthServer.Login analyst = server.login("phantich");
        String table = "{\"title\":\"T\",\"lines\":[],\"rows\":[[\"Đơn vị\",\"Giá trị\"],[\"Xã Hà Bắc\",\"1\"]]}";
        AuthServer.Reply reply = server.call("POST", "/api/export/table.xlsx?name=t", analyst, analyst.csrfToken(),
                server.origin(), table);
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void a_state_changing_request_from_another_origin_is_refused_even_with_the_token() {
        AuthServer.Login analyst = server.login("phantich");
        for (String origin : List.of("https://evil.example", "http://127.0.0.1:1", "null")) {
            AuthServer.Reply reply = server.call("POST", "/api/test/uploads", analyst, analyst.csrfToken(), origin, "{}");
            assertThat(reply.status()).as(origin).isEqualTo(403);
            assertThat(reply.json().at("/error/code").asText()).isEqualTo("cross_origin");
        }
        HttpRequest crossSite = server.request("/api/test/uploads").header("Cookie", "doisanh_session=" + analyst.cookie())
                .header("X-CSRF-Token", analyst.csrfToken()).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(server.send(crossSite).status()).isEqualTo(403);
        assertThat(server.call("POST", "/api/test/uploads", analyst, analyst.csrfToken(), server.origin(), "{}").status())
                .isEqualTo(200);
    }

    @Test
    void a_login_posted_from_another_origin_is_refused() {
        AuthServer.Reply reply = server.postLogin("phantich", AuthServer.PASSWORD, Map.of("Origin", "https://evil.example"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().at("/error/code").asText()).isEqualTo("cross_origin");
        assertThat(reply.sessionCookie()).isEmpty();
        AuthServer.Reply fetchSite = server.postLogin("phantich", AuthServer.PASSWORD, Map.of("Sec-Fetch-Site", "same-site"));
        assertThat(fetchSite.status()).isEqualTo(403);
    }

    @Test
    void five_failed_logins_give_429_with_Retry_After_until_the_window_has_passed() {
        for (int i = 0; i < 5; i++) {
            assertThat(server.postLogin("phantich", "sai-mat-khau-" + i, Map.of()).status()).isEqualTo(401);
        }
        AuthServer.Reply locked = server.postLogin("phantich", AuthServer.PASSWORD, Map.of());
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().at("/error/code").asText()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
        HttpRequest form = server.request("/api/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=phantich&password=" + AuthServer.PASSWORD)).build();
        AuthServer.Reply lockedForm = server.send(form);
        assertThat(lockedForm.status()).isEqualTo(303);
        assertThat(lockedForm.header("Location").orElseThrow()).startsWith("/login?error=locked");
        assertThat(lockedForm.sessionCookie()).isEmpty();
        // Another user from the same address is not locked by phantich's failures.
        assertThat(server.postLogin("quantri", AuthServer.PASSWORD, Map.of()).status()).isEqualTo(200);

        server.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(server.postLogin("phantich", AuthServer.PASSWORD, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void many_failed_logins_from_one_address_lock_it_for_every_name() {
        for (int i = 0; i < 20; i++) {
            assertThat(server.postLogin("ten" + i, "sai-mat-khau-123", Map.of()).status()).isEqualTo(401);
        }
        assertThat(server.postLogin("phantich", AuthServer.PASSWORD, Map.of()).status()).isEqualTo(429);
    }

    @Test
    void the_login_never_redirects_to_another_site() {
        assertThat(LoginController.safeNext("evil.example")).isEqualTo("/");
        assertThat(LoginController.safeNext(null)).isEqualTo("/");
        assertThat(LoginController.safeNext("//evil.example/x")).isEqualTo("/");
        assertThat(LoginController.safeNext("https://evil.example")).isEqualTo("/");
        assertThat(LoginController.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(LoginController.safeNext("javascript:alert(1)")).isEqualTo("/");
        assertThat(LoginController.safeNext("/\t/evil.example")).isEqualTo("/");
        assertThat(LoginController.safeNext("/units/10816?lang=en")).isEqualTo("/units/10816?lang=en");

        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            HttpRequest form = server.request("/api/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=phantich&password=" + AuthServer.PASSWORD
                            + "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
            AuthServer.Reply reply = server.send(form);
            assertThat(reply.status()).as(next).isEqualTo(303);
            assertThat(reply.header("Location").orElseThrow()).as(next).isEqualTo("/");
        }
        AuthServer.Reply json = server.send(server.request("/api/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"phantich\",\"password\":\"" + AuthServer.PASSWORD
                        + "\",\"next\":\"//evil.example\"}")).build());
        assertThat(json.json().get("next").asText()).isEqualTo("/");
    }

    @Test
    void a_form_login_goes_to_the_page_asked_for_and_a_failed_one_back_to_the_login() {
        HttpRequest ok = server.request("/api/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=habac&password=" + AuthServer.PASSWORD
                        + "&next=%2Funits%2F10816%3Flang%3Den")).build();
        AuthServer.Reply reply = server.send(ok);
        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location").orElseThrow()).isEqualTo("/units/10816?lang=en");
        assertThat(reply.sessionCookie()).isPresent();
        HttpRequest bad = server.request("/api/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=habac&password=wrong-password&next=%2F")).build();
        assertThat(server.send(bad).header("Location").orElseThrow()).startsWith("/login?error=invalid");
    }

    @Test
    void a_session_ends_after_8_idle_hours_and_24_hours_in_all() {
        AuthServer.Login idle = server.login("phantich");
        server.clock.advance(Duration.ofHours(7));
        assertThat(server.get("/api/meta", idle).status()).isEqualTo(200);
        server.clock.advance(Duration.ofHours(8));
        assertThat(server.get("/api/meta", idle).status()).isEqualTo(401);

        AuthServer.Login busy = server.login("phantich");
        for (int hour = 0; hour < 23; hour++) {
            server.clock.advance(Duration.ofHours(1));
            assertThat(server.get("/api/meta", busy).status()).isEqualTo(200);
        }
        server.clock.advance(Duration.ofHours(1));
        assertThat(server.get("/api/meta", busy).status()).isEqualTo(401);
    }

    @Test
    void removing_a_user_ends_their_sessions_at_the_next_request() {
        AuthServer.Login leader = server.login("habac");
        assertThat(server.get("/api/meta", leader).status()).isEqualTo(200);
        assertThat(UserStore.in(server.data).remove("habac")).isTrue();
        assertThat(server.get("/api/meta", leader).status()).isEqualTo(401);
    }

    @Test
    void logins_failures_lockouts_and_logouts_are_in_the_audit_log() {
        AuthServer.Login login = server.login("phantich");
        server.call("POST", "/api/logout", login, login.csrfToken(), null, null);
        server.postLogin("khongco", "sai-mat-khau-123", Map.of());
        for (int i = 0; i < 5; i++) {
            server.postLogin("quantri", "sai-mat-khau-123", Map.of());
        }
        List<JsonNode> lines = server.auditLines();
        assertThat(lines).extracting(l -> l.get("action").asText())
                .containsSubsequence("login", "logout", "login_failed", "login_failed", "login_locked");
        JsonNode first = lines.get(0);
        assertThat(first.get("time").asText()).isEqualTo("2026-11-27T08:00:00Z");
        assertThat(first.get("user").asText()).isEqualTo("phantich");
        assertThat(first.get("ip").asText()).isEqualTo("127.0.0.1");
        JsonNode unknown = lines.stream().filter(l -> l.get("action").asText().equals("login_failed")).findFirst().orElseThrow();
        assertThat(unknown.at("/details/username").asText()).isEqualTo("khongco");
        assertThat(unknown.at("/details/reason").asText()).isEqualTo("unknown_user");
        assertThat(unknown.get("user").isNull()).isTrue();
        assertThat(lines.toString()).doesNotContain(AuthServer.PASSWORD).doesNotContain("sai-mat-khau-123");
    }

    @Test
    void every_route_a_test_can_reach_is_either_open_or_needs_a_session() {
        for (RegisteredEndpoint endpoint : endpoints()) {
            if (endpoint.roles().contains(OpenRoute.ANYONE) || endpoint.method() != HandlerType.GET) {
                continue;
            }
            int status = server.get(concrete(endpoint.path()), null).status();
            assertThat(status).as(endpoint.path()).isIn(302, 401);
        }
    }
}

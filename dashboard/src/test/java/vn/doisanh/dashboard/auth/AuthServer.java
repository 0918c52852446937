package vn.doisanh.dashboard.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.dashboard.FeatureContext;
import vn.doisanh.dashboard.ServeCommand;
import vn.doisanh.dashboard.RouteModule;
import vn.doisanh.dashboard.TestWarehouses;

/**
 * A real dashboard with accounts over the sample warehouse, for HTTP tests: the three roles' users (made once per
 * test JVM, BCrypt at its minimum strength so the tests stay fast), a hand-moved clock, a fresh audit log, and
 * extra routes for analysts and admins as the uploads and administration modules will register them.
 */
final class AuthServer implements AutoCloseable {
    static final String PASSWORD = "mat-khau-dai-du-10";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path usersFolder;

    final Javalin app;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    final Path data;
    final Access access;
    final String base;

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        /** The session id the answer set, if it set one. */
        Optional<String> sessionCookie() {
            return raw.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(SessionCookie.NAME + "="))
                    .map(c -> c.substring(SessionCookie.NAME.length() + 1, c.indexOf(';')))
                    .findFirst();
        }
    }

    /** What a signed-in test client holds: its cookie and its CSRF token. */
    record Login(String cookie, String csrfToken) {
    }

    /** Analyst- and admin-only routes, as feature modules register them. */
    static final RouteModule FEATURES = routes -> {
        routes.post("/api/test/uploads", ctx -> ctx.json(Map.of("ok", true)), Role.ANALYST);
        routes.delete("/api/test/uploads/{id}", ctx -> ctx.json(Map.of("ok", true)), Role.ANALYST);
        routes.get("/api/test/loads", ctx -> ctx.json(Map.of("ok", true)), Role.ANALYST);
        routes.put("/api/test/users/{name}", ctx -> ctx.json(Map.of("ok", true)), Role.ADMIN);
        routes.get("/api/test/users", ctx -> ctx.json(Map.of("ok", true)), Role.ADMIN);
        routes.patch("/api/test/settings", ctx -> ctx.json(Map.of("ok", true)), Role.ADMIN, Role.ANALYST);
    };

    AuthServer() {
        this(AccessSettings.defaults());
    }

    AuthServer(AccessSettings settings) {
        try {
            data = Files.createTempDirectory("doisanh-auth-");
            Files.copy(users().resolve(UserStore.FILE_NAME), data.resolve(UserStore.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        access = Access.accounts(UserStore.in(data), new PasswordHasher(PasswordHasher.MIN_STRENGTH),
                new JsonLinesAuditLog(data.resolve(JsonLinesAuditLog.FILE_NAME), clock), settings.withClock(clock));
        // The modules serve wires in (uploads, loads, restore) over this test's own data folder, beside the test routes.
        List<RouteModule> modules = new ArrayList<>(ServeCommand.featureModules(new FeatureContext(data,
                TestWarehouses.city(), new JsonLinesAuditLog(data.resolve(JsonLinesAuditLog.FILE_NAME), clock), false)));
        modules.add(FEATURES);
        app = DashboardApp.create(TestWarehouses.city(), access, modules).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    /** analyst "phantich", leader "habac" of 10816, admin "quantri", all with {@link #PASSWORD}. */
    static synchronized Path users() {
        if (usersFolder == null) {
            try {
                usersFolder = Files.createTempDirectory("doisanh-users-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            UserStore store = UserStore.in(usersFolder);
            PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_STRENGTH);
            Instant now = Instant.parse("2026-11-01T00:00:00Z");
            store.add(new User("phantich", Role.ANALYST, Optional.empty(), hasher.hash(PASSWORD), now));
            store.add(new User("habac", Role.LEADER, Optional.of("10816"), hasher.hash(PASSWORD), now));
            store.add(new User("quantri", Role.ADMIN, Optional.empty(), hasher.hash(PASSWORD), now));
        }
        return usersFolder;
    }

    String origin() {
        return base;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path, Login login) {
        HttpRequest.Builder request = request(path).GET();
        if (login != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + login.cookie());
        }
        return send(request.build());
    }

    Reply postLogin(String username, String password, Map<String, String> headers) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("username", username, "password", password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = request("/api/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    Login login(String username) {
        Reply reply = postLogin(username, PASSWORD, Map.of("Origin", origin()));
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply.status() + " " + reply.body());
        }
        return new Login(reply.sessionCookie().orElseThrow(), reply.json().get("csrfToken").asText());
    }

    /** A request of any method with the session cookie and, when given, a CSRF token and an Origin. */
    Reply call(String method, String path, Login login, String csrfToken, String origin, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (login != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + login.cookie());
        }
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    List<JsonNode> auditLines() {
        try {
            Path file = data.resolve(JsonLinesAuditLog.FILE_NAME);
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file).stream().map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}

package vn.doisanh.dashboard.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The dashboard as serve builds it (real sign-in, sessions, CSRF and roles) with the uploads module, over the sample
 * warehouse, and one account per role in {@code data}: {@code phantich} (analyst), {@code habac} (leader of
 * 10816), {@code quantri} (admin). {@link #signIn} gives the cookie and CSRF token a browser would hold.
 */
public final class UploadTestApp implements AutoCloseable {
    public static final String PASSWORD = "mat-khau-dai-du-10";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Role, String> USERNAMES = Map.of(Role.ANALYST, "phantich", Role.LEADER, "habac",
            Role.ADMIN, "quantri");

    private final Javalin app;
    private final Map<Role, SignedIn> sessions = new EnumMap<>(Role.class);

    /** What a signed-in client holds. */
    public record SignedIn(String cookie, String csrfToken) {
    }

    private UploadTestApp(Javalin app) {
        this.app = app;
    }

    public static UploadTestApp start(UploadRoutes uploads, Path data) {
        UserStore users = UserStore.in(data);
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_STRENGTH);
        for (Map.Entry<Role, String> account : USERNAMES.entrySet()) {
            Optional<String> unit = account.getKey() == Role.LEADER ? Optional.of("10816") : Optional.empty();
            users.add(new User(account.getValue(), account.getKey(), unit, hasher.hash(PASSWORD), Instant.now()));
        }
        Access access = Access.accounts(users, hasher, JsonLinesAuditLog.in(data), AccessSettings.defaults());
        return new UploadTestApp(DashboardApp.create(TestWarehouses.city(), access, List.of(uploads)).start("127.0.0.1", 0));
    }

    public int port() {
        return app.port();
    }

    public String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    public static String username(Role role) {
        return USERNAMES.get(role);
    }

    /** Signs the role's account in once through POST /api/login, as the login page does. */
    public synchronized SignedIn signIn(Role role) {
        return sessions.computeIfAbsent(role, r -> {
            String body = "{\"username\":\"" + USERNAMES.get(r) + "\",\"password\":\"" + PASSWORD + "\"}";
            HttpRequest login = HttpRequest.newBuilder(URI.create(origin() + "/api/login"))
                    .header("Content-Type", "application/json").header("Origin", origin())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = HTTP.send(login, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("sign-in of " + USERNAMES.get(r) + " failed: " + response.body());
                }
                String cookie = response.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("doisanh_session=")).findFirst().orElseThrow()
                        .split(";", 2)[0];
                return new SignedIn(cookie, JSON.readTree(response.body()).get("csrfToken").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** A request as {@code role} would send it from the page (cookie, CSRF token, same origin); anonymous if empty. */
    public HttpRequest.Builder request(String path, Optional<Role> role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path)).header("Origin", origin());
        role.map(this::signIn).ifPresent(s -> request.header("Cookie", s.cookie()).header("X-CSRF-Token", s.csrfToken()));
        return request;
    }

    @Override
    public void close() {
        app.stop();
    }
}

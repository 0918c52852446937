package vn.doisanh.dashboard.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The login page, POST /api/login, POST /api/logout and GET /api/session. Login answers JSON to the page's script,
 * or redirects when the form was posted without it. An unknown user costs the same hash check as a wrong
 * password and gets the same answer, so neither the answer nor its time tells which names exist.
 */
final class LoginController {
    static final String LOGIN_API = "/api/login";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean publicReadOnly;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final LoginRateLimiter limiter;
    private final AuditLog audit;
    private final SessionCookie cookie;
    private volatile String page;

    record Attempt(String username, String password, String next, boolean form) {
    }

    LoginController(boolean publicReadOnly, UserStore users, PasswordHasher hasher, SessionStore sessions,
                    LoginRateLimiter limiter, AuditLog audit, SessionCookie cookie) {
        this.publicReadOnly = publicReadOnly;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.cookie = cookie;
    }

    void page(Context ctx) {
        if (publicReadOnly) {
            ctx.redirect("/");
            return;
        }
        noStore(ctx);
        ctx.html(loginPage());
    }

    void login(Context ctx) {
        noStore(ctx);
        if (publicReadOnly) {
            throw AccessRefused.forbidden("the dashboard runs in public read-only mode: there is nothing to sign in to");
        }
        Attempt attempt = attempt(ctx);
        String ip = ctx.ip();
        Optional<Duration> locked = limiter.lockedFor(attempt.username(), ip);
        if (locked.isPresent()) {
            if (attempt.form()) {
                ctx.header("Retry-After", String.valueOf(AccessRefused.seconds(locked.get())));
                ctx.redirect(loginAgain("locked", attempt.next()), HttpStatus.SEE_OTHER);
                return;
            }
            throw AccessRefused.rateLimited(locked.get());
        }
        Optional<User> user = users.find(attempt.username());
        boolean ok;
        if (user.isPresent()) {
            ok = hasher.matches(attempt.password(), user.get().passwordHash());
        } else {
            hasher.burn();
            ok = false;
        }
        if (!ok) {
            failed(ctx, attempt, user.isPresent(), ip);
            return;
        }
        limiter.recordSuccess(attempt.username());
        // Session fixation: whatever id the browser came with is dropped, never promoted to a signed-in session.
        sessions.invalidate(cookie.read(ctx));
        Session session = sessions.create(user.get().principal());
        cookie.set(ctx, session.id());
        audit.record("login", Optional.of(user.get().username()), ip, Map.of());
        String next = safeNext(attempt.next());
        if (attempt.form()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> answer = sessionJson(Optional.of(session));
        answer.put("next", next);
        ctx.json(answer);
    }

    private void failed(Context ctx, Attempt attempt, boolean known, String ip) {
        boolean nowLocked = limiter.recordFailure(attempt.username(), ip);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", attempt.username());
        details.put("reason", known ? "wrong_password" : "unknown_user");
        audit.record("login_failed", Optional.empty(), ip, details);
        if (nowLocked) {
            audit.record("login_locked", Optional.empty(), ip, Map.of("username", attempt.username()));
        }
        if (attempt.form()) {
            ctx.redirect(loginAgain("invalid", attempt.next()), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(401).json(Map.of("error", Map.of("code", "invalid_credentials",
                "message", "wrong user name or password")));
    }

    /** The login page again, for a form posted without the page's script, saying why. */
    private static String loginAgain(String error, String next) {
        return "/login?error=" + error + "&next=" + URLEncoder.encode(safeNext(next), StandardCharsets.UTF_8);
    }

    void logout(Context ctx) {
        noStore(ctx);
        Optional<Session> session = Session.of(ctx);
        session.ifPresent(s -> {
            sessions.invalidate(s.id());
            audit.record("logout", Optional.of(s.principal().username()), ctx.ip(), Map.of());
        });
        cookie.clear(ctx);
        ctx.json(Map.of("ok", true));
    }

    void session(Context ctx) {
        noStore(ctx);
        ctx.json(sessionJson(publicReadOnly ? Optional.empty() : Session.of(ctx)));
    }

    private Map<String, Object> sessionJson(Optional<Session> session) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", session.map(s -> {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("username", s.principal().username());
            user.put("role", s.principal().role().name().toLowerCase(Locale.ROOT));
            user.put("unit", s.principal().unitCode().orElse(null));
            return user;
        }).orElse(null));
        answer.put("csrfToken", session.map(Session::csrfToken).orElse(null));
        answer.put("publicReadOnly", publicReadOnly);
        return answer;
    }

    private Attempt attempt(Context ctx) {
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/json")) {
            JsonNode body;
            try {
                body = JSON.readTree(ctx.body());
            } catch (IOException e) {
                throw badRequest("the body is not JSON");
            }
            if (body == null || !body.isObject()) {
                throw badRequest("the body must be a JSON object {\"username\", \"password\"}");
            }
            return new Attempt(required(body.path("username").asText(null), "username"),
                    required(body.path("password").asText(null), "password"), body.path("next").asText(null), false);
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return new Attempt(required(ctx.formParam("username"), "username"), required(ctx.formParam("password"), "password"),
                    ctx.formParam("next"), true);
        }
        throw badRequest("send the login as JSON or as a form");
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty() || value.length() > 1024) {
            throw badRequest(name + " is required");
        }
        return value;
    }

    private static IllegalArgumentException badRequest(String message) {
        // Answered 400 bad_parameter by the API's handler for IllegalArgumentException.
        return new IllegalArgumentException(message);
    }

    /**
     * Where to go after login: a path of this site only. Anything that a browser could read as another host
     * ("//evil", "/\\evil", "https://…", control characters) becomes "/", so the login cannot be an open redirect.
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2048 || !next.startsWith("/") || next.startsWith("//")
                || next.indexOf('\\') >= 0 || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return "/";
            }
        } catch (URISyntaxException e) {
            return "/";
        }
        return next.startsWith("/login") || next.startsWith("/api/") ? "/" : next;
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    private String loginPage() {
        if (page == null) {
            try (InputStream in = LoginController.class.getResourceAsStream("/public/login.html")) {
                if (in == null) {
                    throw new IllegalStateException("page login.html is missing from the classpath");
                }
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return page;
    }
}

package vn.doisanh.dashboard.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may use the dashboard, installed into the app by {@link vn.doisanh.dashboard.DashboardApp}: either accounts
 * (login, sessions, roles, CSRF, rate limit, audit) or public read-only mode (every read route anonymous, every
 * route with roles 403). The filters run before every matched route, in this order: authenticate, CSRF, roles.
 */
public final class Access {
    private final boolean publicReadOnly;
    private final SessionStore sessions;
    private final AccessFilter filter;
    private final CsrfFilter csrf = new CsrfFilter();
    private final LoginController login;

    private Access(boolean publicReadOnly, UserStore users, PasswordHasher hasher, AuditLog audit, AccessSettings settings) {
        this.publicReadOnly = publicReadOnly;
        this.sessions = new SessionStore(settings.clock(), settings.idleTimeout(), settings.absoluteTimeout());
        SessionCookie cookie = new SessionCookie(settings.secureCookies());
        LoginRateLimiter limiter = new LoginRateLimiter(settings.clock(), settings.maxFailuresPerUser(),
                settings.maxFailuresPerIp(), settings.failureWindow());
        this.filter = new AccessFilter(publicReadOnly, sessions, users, cookie);
        this.login = new LoginController(publicReadOnly, users, hasher, sessions, limiter, audit, cookie);
    }

    /** Nobody signs in: every read route is open to anyone, every route registered with roles answers 403. */
    public static Access publicReadOnly() {
        return new Access(true, null, null, (action, who, details) -> { }, AccessSettings.defaults());
    }

    /** Accounts from a user store; the store may be empty here, but {@code serve} refuses to start so. */
    public static Access accounts(UserStore users, PasswordHasher hasher, AuditLog audit, AccessSettings settings) {
        return new Access(false, Objects.requireNonNull(users), Objects.requireNonNull(hasher),
                Objects.requireNonNull(audit), Objects.requireNonNull(settings));
    }

    public boolean isPublicReadOnly() {
        return publicReadOnly;
    }

    /** The live sessions (tests look at them; a future admin page could list them). */
    public SessionStore sessions() {
        return sessions;
    }

    /** The filters first, so they run before any feature's own before-handlers; then the login routes. */
    public void install(RoutesConfig routes) {
        routes.beforeMatched(filter::authenticate);
        routes.beforeMatched(csrf::check);
        routes.beforeMatched(filter::authorise);
        routes.get("/login", login::page, OpenRoute.ANYONE);
        routes.post(LoginController.LOGIN_API, login::login, OpenRoute.ANYONE);
        routes.post("/api/logout", login::logout, OpenRoute.ANYONE);
        routes.get("/api/session", login::session, OpenRoute.ANYONE);
        routes.exception(AccessRefused.class, Access::refuse);
    }

    private static void refuse(AccessRefused refusal, Context ctx) {
        if (refusal.redirect() != null) {
            ctx.redirect(refusal.redirect());
            return;
        }
        if (refusal.retryAfter() != null) {
            ctx.header("Retry-After", String.valueOf(AccessRefused.seconds(refusal.retryAfter())));
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", refusal.code());
        error.put("message", refusal.getMessage());
        Optional.ofNullable(refusal.retryAfter()).ifPresent(d -> error.put("retryAfter", AccessRefused.seconds(d)));
        ctx.status(refusal.status()).json(Map.of("error", error));
    }
}

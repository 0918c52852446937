package vn.doisanh.dashboard.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking and may they: runs before every matched route. {@link #authenticate} finds the session of the
 * cookie (and drops it when its account is gone or changed), {@link #authorise} checks the route's roles.
 * A route without roles is a read route; a route with roles admits those roles only.
 */
final class AccessFilter {
    /**
     * Where the static files are hosted (DashboardApp): code, styles and ECharts, no data. Javalin runs
     * before-matched handlers for static files too, so they are let through here, or the login page had no script.
     */
    static final java.util.List<String> STATIC_PREFIXES = java.util.List.of("/assets/", "/webjars/");
    private final boolean publicReadOnly;
    private final SessionStore sessions;
    private final UserStore users;
    private final SessionCookie cookie;

    AccessFilter(boolean publicReadOnly, SessionStore sessions, UserStore users, SessionCookie cookie) {
        this.publicReadOnly = publicReadOnly;
        this.sessions = sessions;
        this.users = users;
        this.cookie = cookie;
    }

    void authenticate(Context ctx) {
        if (publicReadOnly || STATIC_PREFIXES.stream().anyMatch(ctx.path()::startsWith)) {
            return;
        }
        Optional<Session> session = currentSession(ctx);
        session.ifPresent(s -> s.attachTo(ctx));
        if (session.isPresent() && ctx.path().startsWith("/api/")) {
            // What a signed-in user was shown stays out of shared caches and off the disk after logout.
            ctx.header("Cache-Control", "private, no-store");
        }
        if (session.isPresent() || ctx.routeRoles().contains(OpenRoute.ANYONE)) {
            return;
        }
        if (isPage(ctx)) {
            throw AccessRefused.toLogin("/login?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8));
        }
        throw AccessRefused.unauthenticated();
    }

    void authorise(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        // (static files have no roles, so they pass here)
        if (roles.stream().noneMatch(Role.class::isInstance)) {
            return;
        }
        if (publicReadOnly) {
            throw AccessRefused.forbidden("the dashboard runs in public read-only mode: nothing can be changed");
        }
        Optional<Principal> principal = Principal.of(ctx);
        if (principal.isEmpty()) {
            throw AccessRefused.unauthenticated();
        }
        if (!roles.contains(principal.get().role())) {
            throw AccessRefused.forbidden("your role (" + principal.get().role().name().toLowerCase(java.util.Locale.ROOT)
                    + ") may not do this");
        }
    }

    /** The cookie's live session, as long as its account still exists with the same role and unit. */
    private Optional<Session> currentSession(Context ctx) {
        String id = cookie.read(ctx);
        Optional<Session> session = sessions.find(id);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Principal principal = session.get().principal();
        boolean current = users.find(principal.username()).map(User::principal).filter(principal::equals).isPresent();
        if (!current) {
            sessions.invalidate(id);
            return Optional.empty();
        }
        return session;
    }

    /** A browser asking for a page gets sent to the login; the API and other methods get a status. */
    private static boolean isPage(Context ctx) {
        return "GET".equals(ctx.method().name()) && !ctx.path().startsWith("/api/");
    }

    private static String pathAndQuery(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}

package vn.doisanh.dashboard.auth;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) another site made the browser send. Two checks,
 * because each alone has gaps: the browser's own word on where the request came from (Sec-Fetch-Site, Origin) must
 * be this site; and a signed-in session must send its synchronizer token in X-CSRF-Token, which another site's
 * page cannot read. The login has no session yet, so it gets the origin check only.
 */
final class CsrfFilter {
    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

    void check(Context ctx) {
        if (!UNSAFE.contains(ctx.method().name())) {
            return;
        }
        crossOrigin(ctx).ifPresent(reason -> {
            throw AccessRefused.crossOrigin(reason);
        });
        if (LoginController.LOGIN_API.equals(ctx.path())) {
            return;
        }
        Optional<Session> session = Session.of(ctx);
        if (session.isEmpty()) {
            // Nobody is signed in (public read-only mode, or the logout of an ended session): no session to ride.
            return;
        }
        String sent = ctx.header(HEADER);
        if (sent == null || sent.isEmpty()) {
            throw AccessRefused.csrf("the " + HEADER + " header is missing (GET /api/session gives the token)");
        }
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw AccessRefused.csrf("the " + HEADER + " header does not match this session's token");
        }
    }

    /**
     * Why the request looks cross-site, or empty. A client that sends neither header is not a browser (or a very
     * old one) and cannot be made to send a victim's cookie by another site.
     */
    static Optional<String> crossOrigin(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCH.contains(fetchSite)) {
            return Optional.of("the browser says this request came from another site (Sec-Fetch-Site: " + fetchSite + ")");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return Optional.empty();
        }
        String host = ctx.header("Host");
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (authority == null || host == null || !authority.equalsIgnoreCase(host)) {
            return Optional.of("the request comes from another origin (" + origin + ")");
        }
        return Optional.empty();
    }
}

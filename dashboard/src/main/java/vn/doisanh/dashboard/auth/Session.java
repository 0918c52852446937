package vn.doisanh.dashboard.auth;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in browser: who, its CSRF token, when it began and when it was last used.
 *
 * @param id        the cookie value: 256 random bits, never shown anywhere else
 * @param csrfToken the synchronizer token the pages send back in X-CSRF-Token; another 256 random bits
 */
public record Session(String id, Principal principal, String csrfToken, Instant created, Instant lastSeen) {
    static final String ATTRIBUTE = "doisanh.session";

    /** The request's session, put there by the authentication filter; empty when nobody is signed in. */
    public static Optional<Session> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
        principal.attachTo(ctx);
    }

    Session seenAt(Instant now) {
        return new Session(id, principal, csrfToken, created, now);
    }
}

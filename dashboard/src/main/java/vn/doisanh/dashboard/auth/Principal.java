package vn.doisanh.dashboard.auth;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in user of a request, put on the request by the authentication filter before any route runs.
 *
 * @param unitCode the unit a leader is bound to; empty for analysts and admins
 */
public record Principal(String username, Role role, Optional<String> unitCode) {
    static final String ATTRIBUTE = "doisanh.principal";

    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitCode, "unitCode");
        if (role == Role.LEADER && unitCode.isEmpty()) {
            throw new IllegalArgumentException("a leader is bound to one unit; " + username + " has none");
        }
    }

    /** The request's user; empty when nobody is signed in (public read-only mode). */
    public static Optional<Principal> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    public void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }
}

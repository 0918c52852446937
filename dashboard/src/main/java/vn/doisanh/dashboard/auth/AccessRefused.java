package vn.doisanh.dashboard.auth;

import java.time.Duration;

/**
 * A request the access filters turn away, answered by {@link Access} as JSON
 * {@code {"error": {"code", "message"}}} (with Retry-After for 429), or for a page as a redirect to the login.
 */
final class AccessRefused extends RuntimeException {
    private final int status;
    private final String code;
    private final String redirect;
    private final Duration retryAfter;

    private AccessRefused(int status, String code, String message, String redirect, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.redirect = redirect;
        this.retryAfter = retryAfter;
    }

    static AccessRefused unauthenticated() {
        return new AccessRefused(401, "unauthenticated", "sign in first: POST /api/login", null, null);
    }

    static AccessRefused toLogin(String location) {
        return new AccessRefused(302, "unauthenticated", "sign in first", location, null);
    }

    static AccessRefused forbidden(String message) {
        return new AccessRefused(403, "forbidden", message, null, null);
    }

    static AccessRefused csrf(String message) {
        return new AccessRefused(403, "csrf_failed", message, null, null);
    }

    static AccessRefused crossOrigin(String message) {
        return new AccessRefused(403, "cross_origin", message, null, null);
    }

    static AccessRefused rateLimited(Duration retryAfter) {
        return new AccessRefused(429, "rate_limited", "too many failed logins; try again in "
                + seconds(retryAfter) + " s", null, retryAfter);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String redirect() {
        return redirect;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up: a client that waits that long is let in. */
    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}

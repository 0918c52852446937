package vn.doisanh.dashboard.auth;

import io.javalin.http.Context;

/**
 * The session cookie, written by hand so every attribute is certain: HttpOnly (scripts never see it),
 * SameSite=Strict (other sites' pages never send it), Path=/, Secure behind HTTPS, and no Max-Age, so it ends
 * with the browser; the server's own timeouts end it sooner.
 */
final class SessionCookie {
    static final String NAME = "doisanh_session";

    private final boolean secure;

    SessionCookie(boolean secure) {
        this.secure = secure;
    }

    String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    void set(Context ctx, String sessionId) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + sessionId + attributes());
    }

    void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Max-Age=0" + attributes());
    }

    private String attributes() {
        return "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}

package vn.doisanh.dashboard.auth;

import java.time.Clock;
import java.time.Duration;

/**
 * How sessions and login attempts are limited. {@link #defaults()} is what {@code serve} uses; tests swap the clock.
 *
 * @param secureCookies mark the session cookie Secure: on when the dashboard is reached over HTTPS (a proxy)
 * @param idleTimeout   a session unused this long ends
 * @param absoluteTimeout a session ends this long after login, used or not
 * @param maxFailuresPerUser failed logins of one user name within {@code failureWindow} before 429
 * @param maxFailuresPerIp   failed logins from one address within {@code failureWindow} before 429
 */
public record AccessSettings(boolean secureCookies, Duration idleTimeout, Duration absoluteTimeout,
                             int maxFailuresPerUser, int maxFailuresPerIp, Duration failureWindow, Clock clock) {

    public static AccessSettings defaults() {
        return new AccessSettings(false, Duration.ofHours(8), Duration.ofHours(24), 5, 20, Duration.ofMinutes(15),
                Clock.systemUTC());
    }

    public AccessSettings withSecureCookies(boolean secure) {
        return new AccessSettings(secure, idleTimeout, absoluteTimeout, maxFailuresPerUser, maxFailuresPerIp,
                failureWindow, clock);
    }

    public AccessSettings withClock(Clock newClock) {
        return new AccessSettings(secureCookies, idleTimeout, absoluteTimeout, maxFailuresPerUser, maxFailuresPerIp,
                failureWindow, newClock);
    }
}

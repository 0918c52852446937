package vn.doisanh.dashboard.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions in memory: the cookie holds only a random id, so logging out or removing a user ends the
 * session here, whatever the browser kept. A session ends after {@code idle} without a request, and
 * {@code absolute} after login whatever happens. A restart signs everybody out, which is acceptable for a dashboard.
 */
public final class SessionStore {
    private static final int ID_BYTES = 32;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public SessionStore(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** A new session with a new id and token: never a reuse of an id the browser sent (session fixation). */
    public Session create(Principal principal) {
        purgeExpired();
        Instant now = clock.instant();
        while (true) {
            Session session = new Session(randomToken(), principal, randomToken(), now, now);
            if (sessions.putIfAbsent(session.id(), session) == null) {
                return session;
            }
        }
    }

    /** The live session of an id, marked as used now; empty (and forgotten) when unknown or expired. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session touched = sessions.computeIfPresent(id, (key, session) -> expired(session, now) ? null : session.seenAt(now));
        return Optional.ofNullable(touched);
    }

    public void invalidate(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public int size() {
        return sessions.size();
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastSeen().plus(idle)) || !now.isBefore(session.created().plus(absolute));
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    private String randomToken() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

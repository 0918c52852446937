package vn.doisanh.dashboard.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per user name and per client address in a sliding window: after {@code maxPerUser} (or
 * {@code maxPerIp}) failures within {@code window}, further attempts are refused until the oldest failure leaves the
 * window. Both count because guessing one password from many places and many names from one place are both attacks.
 * The clock is injected so tests need not wait.
 */
public final class LoginRateLimiter {
    /** Beyond this many keys, old ones are dropped, so a flood of invented names cannot exhaust memory. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerIp;
    private final Duration window;

    public LoginRateLimiter(Clock clock, int maxPerUser, int maxPerIp, Duration window) {
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.maxPerIp = maxPerIp;
        this.window = window;
    }

    /** How long until this user name from this address may try again; empty when it may try now. */
    public Optional<Duration> lockedFor(String username, String ip) {
        Instant now = clock.instant();
        Duration byUser = wait(userKey(username), maxPerUser, now);
        Duration byIp = wait(ipKey(ip), maxPerIp, now);
        Duration longest = byUser.compareTo(byIp) >= 0 ? byUser : byIp;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failure; true when this failure locked the user name or the address. */
    public boolean recordFailure(String username, String ip) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
        }
        boolean user = add(userKey(username), now) >= maxPerUser;
        boolean address = add(ipKey(ip), now) >= maxPerIp;
        return user || address;
    }

    /** A correct password clears the user name's failures (not the address's: others may still be guessing). */
    public void recordSuccess(String username) {
        failures.remove(userKey(username));
    }

    private int add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            // The attempt that would fall out of the window last decides; earlier ones leave sooner.
            Instant[] ordered = times.toArray(Instant[]::new);
            Instant freeAt = ordered[times.size() - max].plus(window);
            return Duration.between(now, freeAt);
        }
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant cutoff = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
            return times;
        }
    }

    private static String userKey(String username) {
        return "user:" + Usernames.key(username);
    }

    private static String ipKey(String ip) {
        return "ip:" + (ip == null ? "" : ip);
    }
}

package vn.doisanh.dashboard.auth;

import java.util.Map;
import java.util.Optional;

/** Who did what and when: logins (and failed attempts), uploads, loads, restores, user changes. Append-only. */
public interface AuditLog {
    /**
     * @param action  a short fixed word: {@code login}, {@code login_failed}, {@code logout}, {@code upload},
     *                {@code load_started}, {@code load_finished}, {@code load_failed}, {@code restore}…
     * @param who     the user, or empty for an anonymous attempt
     * @param details small values only (file hashes, names, counts, reasons), written as JSON
     */
    void record(String action, Optional<String> who, Map<String, ?> details);

    /**
     * As {@link #record(String, Optional, Map)}, for something a request did: with the client's address
     * ({@code ctx.ip()}). A log that has no place for it keeps it among the details.
     */
    default void record(String action, Optional<String> who, String clientIp, Map<String, ?> details) {
        java.util.Map<String, Object> withIp = new java.util.LinkedHashMap<>(details);
        withIp.put("ip", clientIp);
        record(action, who, withIp);
    }
}

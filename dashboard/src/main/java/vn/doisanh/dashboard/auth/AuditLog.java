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
}

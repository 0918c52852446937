package vn.doisanh.dashboard.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as stored in {@code users.json}.
 *
 * @param username     as typed when the account was made (NFC, trimmed); matched case-insensitively
 * @param unitCode     the unit a leader is bound to; empty for analysts and admins
 * @param passwordHash a BCrypt hash, never the password
 */
public record User(String username, Role role, Optional<String> unitCode, String passwordHash, Instant created) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
        if (role == Role.LEADER && unitCode.isEmpty()) {
            throw new IllegalArgumentException("a leader is bound to one unit: give " + username + " a --unit");
        }
        if (role != Role.LEADER && unitCode.isPresent()) {
            throw new IllegalArgumentException("only a leader is bound to a unit; " + username + " is "
                    + role.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public String key() {
        return Usernames.key(username);
    }

    public Principal principal() {
        return new Principal(username, role, unitCode);
    }
}

package vn.doisanh.dashboard.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Slow password hashes (BCrypt from spring-security-crypto). The cost makes a stolen users.json expensive to
 * attack; {@link #burn} spends the same time for an unknown user so timing does not tell which names exist.
 */
public final class PasswordHasher {
    public static final int DEFAULT_STRENGTH = 12;
    /** Below 10 BCrypt is too fast to protect a leaked hash; tests use 10, never less. */
    public static final int MIN_STRENGTH = 10;
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    public PasswordHasher() {
        this(DEFAULT_STRENGTH);
    }

    public PasswordHasher(int strength) {
        if (strength < MIN_STRENGTH) {
            throw new IllegalArgumentException("BCrypt strength " + strength + " is below " + MIN_STRENGTH);
        }
        this.encoder = new BCryptPasswordEncoder(strength, new SecureRandom());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    /** Throws with the reason when a password is too short or too long to store. */
    public static void checkAcceptable(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the password must be at most " + MAX_PASSWORD_BYTES + " bytes (BCrypt's limit)");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("the password must not be blank");
        }
    }

    public String hash(String password) {
        checkAcceptable(password);
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            burn();
            return false;
        }
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A check against a hash nobody knows the password of: the time of a wrong password, for an unknown user. */
    public void burn() {
        encoder.matches("not-a-password", dummyHash);
    }
}

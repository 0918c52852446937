package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_STRENGTH);

    @Test
    void a_hash_is_not_the_password_and_verifies_only_the_password() {
        String hash = hasher.hash("mật-khẩu-rất-dài");
        assertThat(hash).doesNotContain("mật-khẩu-rất-dài").startsWith("$2a$10$");
        assertThat(hasher.matches("mật-khẩu-rất-dài", hash)).isTrue();
        assertThat(hasher.matches("mật-khẩu-rất-dàI", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("mat-khau-dai-du-10")).isNotEqualTo(hasher.hash("mat-khau-dai-du-10"));
    }

    @Test
    void the_default_strength_is_slow_enough() {
        assertThat(PasswordHasher.DEFAULT_STRENGTH).isGreaterThanOrEqualTo(10);
        assertThatThrownBy(() -> new PasswordHasher(9)).hasMessageContaining("below 10");
    }

    @Test
    void short_and_over_long_passwords_are_refused_with_the_reason() {
        assertThatThrownBy(() -> hasher.hash("ngan")).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> hasher.hash("đ".repeat(40))).hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> hasher.hash(" ".repeat(12))).hasMessageContaining("blank");
    }

    @Test
    void a_garbled_hash_never_verifies_and_never_throws() {
        assertThat(hasher.matches("mat-khau-dai-du-10", "not-a-bcrypt-hash")).isFalse();
    }
}

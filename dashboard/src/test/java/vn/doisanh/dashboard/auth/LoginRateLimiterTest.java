package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final LoginRateLimiter limiter = new LoginRateLimiter(clock, 5, 20, Duration.ofMinutes(15));

    @Test
    void the_fifth_failure_locks_the_name_until_the_first_leaves_the_window() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.recordFailure("PhanTich", "10.0.0.1")).isFalse();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(limiter.recordFailure("phantich", "10.0.0.2")).isTrue();
        assertThat(limiter.lockedFor("phantich", "10.0.0.3")).contains(Duration.ofMinutes(11));
        clock.advance(Duration.ofMinutes(11));
        assertThat(limiter.lockedFor("phantich", "10.0.0.3")).isEmpty();
    }

    @Test
    void a_success_clears_the_names_failures() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("phantich", "10.0.0.1");
        }
        limiter.recordSuccess("phantich");
        assertThat(limiter.recordFailure("phantich", "10.0.0.1")).isFalse();
    }

    @Test
    void one_address_trying_many_names_is_locked_too() {
        for (int i = 0; i < 19; i++) {
            assertThat(limiter.recordFailure("ten" + i, "10.0.0.9")).isFalse();
        }
        assertThat(limiter.recordFailure("ten19", "10.0.0.9")).isTrue();
        assertThat(limiter.lockedFor("someone-else", "10.0.0.9")).isPresent();
        assertThat(limiter.lockedFor("someone-else", "10.0.0.8")).isEmpty();
    }
}

package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionStoreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final SessionStore store = new SessionStore(clock, Duration.ofHours(8), Duration.ofHours(24));
    private final Principal analyst = new Principal("phantich", Role.ANALYST, Optional.empty());

    @Test
    void ids_and_tokens_are_256_random_bits_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Session s = store.create(analyst);
            assertThat(s.id()).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(s.id())).isTrue();
            assertThat(seen.add(s.csrfToken())).isTrue();
        }
    }

    @Test
    void a_used_session_lives_on_and_an_idle_one_ends() {
        Session s = store.create(analyst);
        clock.advance(Duration.ofHours(7));
        assertThat(store.find(s.id())).isPresent();
        clock.advance(Duration.ofHours(7));
        assertThat(store.find(s.id())).isPresent();
        clock.advance(Duration.ofHours(8));
        assertThat(store.find(s.id())).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void invalidated_and_unknown_ids_find_nothing() {
        Session s = store.create(analyst);
        store.invalidate(s.id());
        assertThat(store.find(s.id())).isEmpty();
        assertThat(store.find(null)).isEmpty();
        assertThat(store.find("")).isEmpty();
    }
}

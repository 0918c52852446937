package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    @TempDir
    Path data;

    private static User user(String name, Role role, String unit) {
        return new User(name, role, Optional.ofNullable(unit), "$2a$10$fakehashfakehashfakehashfakehashfakehashfakehashfake", NOW);
    }

    @Test
    void users_survive_a_round_trip_through_the_file() {
        UserStore store = UserStore.in(data);
        assertThat(store.isEmpty()).isTrue();
        store.add(user("phantich", Role.ANALYST, null));
        store.add(user("habac", Role.LEADER, "10816"));

        UserStore reread = UserStore.in(data);
        assertThat(reread.list()).extracting(User::username).containsExactly("habac", "phantich");
        assertThat(reread.find("habac").orElseThrow()).isEqualTo(user("habac", Role.LEADER, "10816"));
        assertThat(reread.find("phantich").orElseThrow().role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void names_match_in_any_case_unicode_form_and_with_spaces_around() {
        UserStore store = UserStore.in(data);
        store.add(user("Phân.Tích", Role.ANALYST, null));
        assertThat(store.find("  phân.tích ")).isPresent();
        assertThat(store.find(Normalizer.normalize("PHÂN.TÍCH", Normalizer.Form.NFD))).isPresent();
        assertThatThrownBy(() -> store.add(user(Normalizer.normalize("phân.tích", Normalizer.Form.NFD), Role.ADMIN, null)))
                .hasMessageContaining("already exists");
    }

    @Test
    void remove_takes_the_user_out_and_says_whether_there_was_one() {
        UserStore store = UserStore.in(data);
        store.add(user("quantri", Role.ADMIN, null));
        assertThat(store.remove("QUANTRI")).isTrue();
        assertThat(store.remove("quantri")).isFalse();
        assertThat(UserStore.in(data).isEmpty()).isTrue();
    }

    @Test
    void the_file_is_replaced_atomically_leaving_no_temporary_file_and_readable_by_its_owner_only() throws Exception {
        UserStore store = UserStore.in(data);
        store.add(user("phantich", Role.ANALYST, null));
        Object inodeBefore = Files.readAttributes(store.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        store.add(user("quantri", Role.ADMIN, null));
        Object inodeAfter = Files.readAttributes(store.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        // A new file moved over the old one, never the old one rewritten in place (a reader could see half of it).
        assertThat(inodeAfter).isNotEqualTo(inodeBefore);
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("users.json", "users.json.lock");
        }
        assertThat(new ObjectMapper().readTree(store.file().toFile()).get("users").size()).isEqualTo(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void concurrent_writers_lose_no_change() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "user" + i;
            // Separate stores, as separate commands would have.
            done.add(pool.submit(() -> UserStore.in(data).add(user(name, Role.ANALYST, null))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(UserStore.in(data).list()).hasSize(20);
    }

    @Test
    void a_running_server_sees_what_the_command_changed() {
        UserStore server = UserStore.in(data);
        assertThat(server.find("habac")).isEmpty();
        UserStore.in(data).add(user("habac", Role.LEADER, "10816"));
        assertThat(server.find("habac")).isPresent();
    }

    @Test
    void a_broken_file_is_reported_with_its_name() throws Exception {
        Files.writeString(data.resolve("users.json"), "{\"users\": [{\"username\": \"x\"}]}");
        assertThatThrownBy(() -> UserStore.in(data).list()).hasMessageContaining("users.json").hasMessageContaining("role");
        Files.writeString(data.resolve("users.json"), "not json");
        assertThatThrownBy(() -> UserStore.in(data).list()).hasMessageContaining("not a valid users file");
    }

    @Test
    void a_leader_needs_a_unit_and_only_a_leader_has_one() {
        assertThatThrownBy(() -> user("habac", Role.LEADER, null)).hasMessageContaining("--unit");
        assertThatThrownBy(() -> user("phantich", Role.ANALYST, "10816")).hasMessageContaining("only a leader");
    }
}

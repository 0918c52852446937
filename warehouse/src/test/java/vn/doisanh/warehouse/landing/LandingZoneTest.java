package vn.doisanh.warehouse.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LandingZoneTest {
    @TempDir
    Path data;

    private LandingZone.Filed land(LandingZone zone, String text, String name, String who) throws IOException {
        LandingZone.Staged staged = zone.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000);
        return zone.file(staged, sha -> new LandedFile(sha, name, staged.size(), "txt", who, "2026-11-27T06:00:00Z"));
    }

    @Test
    void a_file_is_stored_under_its_content_hash_with_a_sidecar() throws IOException {
        LandingZone zone = new LandingZone(data);
        LandingZone.Filed filed = land(zone, "báo cáo\n", "bc.txt", "an");
        String sha = filed.file().sha256();
        assertThat(sha).hasSize(64);
        Path stored = data.resolve("landing").resolve(sha.substring(0, 2)).resolve(sha);
        assertThat(stored).hasContent("báo cáo\n");
        assertThat(stored.resolveSibling(sha + ".json")).exists();
        assertThat(filed.duplicate()).isFalse();
        assertThat(zone.find(sha)).contains(filed.file());
        assertThat(filed.file().fileName()).isEqualTo(sha + ".txt");
    }

    @Test
    void the_same_bytes_twice_are_recognised_and_the_first_record_stands() throws IOException {
        LandingZone zone = new LandingZone(data);
        LandingZone.Filed first = land(zone, "một\n", "a.txt", "an");
        LandingZone.Filed second = land(zone, "một\n", "b.txt", "binh");
        assertThat(second.duplicate()).isTrue();
        assertThat(second.file()).isEqualTo(first.file());
        assertThat(second.file().uploadedBy()).isEqualTo("an");
        try (Stream<Path> incoming = Files.list(zone.root().resolve(".incoming"))) {
            assertThat(incoming).as("no staged copy left behind").isEmpty();
        }
    }

    @Test
    void a_stored_file_is_never_overwritten() throws IOException {
        LandingZone zone = new LandingZone(data);
        String sha = land(zone, "gốc\n", "a.txt", "an").file().sha256();
        Path stored = zone.path(sha);
        land(zone, "gốc\n", "a.txt", "an");
        assertThat(stored).hasContent("gốc\n");
    }

    @Test
    void bytes_over_the_limit_are_refused_while_streaming_and_nothing_is_kept() throws IOException {
        LandingZone zone = new LandingZone(data);
        assertThatThrownBy(() -> zone.stage(new ByteArrayInputStream(new byte[1001]), 1000))
                .isInstanceOf(LandingZone.TooLarge.class).hasMessageContaining("1000 bytes");
        try (Stream<Path> files = Files.walk(zone.root())) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\x.docx", "a\u0000b.txt", "/abs/path.txt", "line\nbreak.txt"})
    void a_hostile_name_is_only_a_label_and_never_a_path(String name) throws IOException {
        LandingZone zone = new LandingZone(data);
        LandingZone.Filed filed = land(zone, "nội dung " + name.hashCode() + "\n", name, "an");
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.filter(Files::isRegularFile))
                    .allSatisfy(p -> assertThat(p.normalize()).startsWith(zone.root()))
                    .allSatisfy(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{64}(\\.json)?"));
        }
        assertThat(filed.file().originalName()).doesNotContain("/", "\\", "\u0000", "\n");
    }

    @Test
    void a_lookup_by_anything_but_a_hash_finds_nothing() {
        LandingZone zone = new LandingZone(data);
        assertThat(zone.find("../../etc/passwd")).isEmpty();
        assertThat(zone.find("AB".repeat(32))).isEmpty();
        assertThatThrownBy(() -> zone.path("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.doisanh.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void same_seed_gives_byte_identical_files(@TempDir Path first, @TempDir Path second) {
        GeneratedFiles.generate(first.resolve("synthetic"), 7, 12, 3);
        GeneratedFiles.generate(second.resolve("synthetic"), 7, 12, 3);

        Map<String, Path> a = GeneratedFiles.files(first.resolve("synthetic"));
        Map<String, Path> b = GeneratedFiles.files(second.resolve("synthetic"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).anyMatch(f -> f.endsWith(".docx")).anyMatch(f -> f.endsWith(".xlsx"));
        a.forEach((name, file) -> assertThat(GeneratedFiles.bytes(file)).as(name).isEqualTo(GeneratedFiles.bytes(b.get(name))));
    }

    @Test
    void another_seed_gives_other_figures(@TempDir Path first, @TempDir Path second) {
        GeneratedFiles.generate(first.resolve("synthetic"), 7, 4, 1);
        GeneratedFiles.generate(second.resolve("synthetic"), 8, 4, 1);

        assertThat(GeneratedFiles.bytes(first.resolve("synthetic/ground-truth.csv")))
                .isNotEqualTo(GeneratedFiles.bytes(second.resolve("synthetic/ground-truth.csv")));
    }

    @Test
    void a_unit_keeps_its_figures_when_more_units_are_generated(@TempDir Path few, @TempDir Path many) {
        GeneratedFiles.generate(few.resolve("synthetic"), 7, 3, 2);
        GeneratedFiles.generate(many.resolve("synthetic"), 7, 20, 2);

        // Formats and styles are dealt over the whole run, but a unit's true population does not move.
        assertThat(populations(few)).isSubsetOf(populations(many));
    }

    private static java.util.Set<String> populations(Path root) {
        return GeneratedFiles.csv(root.resolve("synthetic/ground-truth.csv")).stream()
                .filter(r -> r.get("indicator").equals("population"))
                .map(r -> r.get("unit_code") + "=" + r.get("value"))
                .collect(java.util.stream.Collectors.toSet());
    }
}

package vn.doisanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    @TempDir
    Path dir;

    @Test
    void the_report_names_date_machine_command_and_has_one_row_per_figure() throws Exception {
        Machine machine = new Machine(2, 23_000, "OpenJDK 17", "Linux", "Some CPU");
        Figure figure = new Figure("HTTP /api/ranking", "2,500 req/s", "static: 5,000 req/s", 0.5, "≥ 2,000 req/s",
                Verdict.HOLDS, "a | pipe");
        MarkdownReport report = new MarkdownReport(ZonedDateTime.parse("2026-07-01T10:00:00+07:00"), machine,
                "./doisanh bench", 600, List.of(figure), List.of("a note"));
        Path file = dir.resolve("BENCHMARKS.md");
        report.writeTo(file);
        String md = Files.readString(file);
        assertThat(md).contains("2026-07-01T10:00:00+07:00", "2 cores (Some CPU), 23,000 MB memory, OpenJDK 17",
                "`./doisanh bench`", "10.0 min");
        assertThat(md).contains("| HTTP /api/ranking | 2,500 req/s | static: 5,000 req/s | 0.50× | ≥ 2,000 req/s | holds |");
        assertThat(md).contains("- **HTTP /api/ranking**: a | pipe", "- a note");
    }

    @Test
    void pipes_in_cells_are_escaped() {
        assertThat(MarkdownReport.cell("a|b\nc")).isEqualTo("a\\|b c");
    }
}

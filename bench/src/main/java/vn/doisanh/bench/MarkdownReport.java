package vn.doisanh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** BENCHMARKS.md: when, on what, by which command, then one table row per figure and the notes. */
public record MarkdownReport(ZonedDateTime when, Machine machine, String command, double totalSeconds,
        List<Figure> figures, List<String> notes) {

    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `").append(command).append("` — do not edit by hand; run it again.\n\n");
        md.append("- date: ").append(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- machine: ").append(machine.describe()).append('\n');
        md.append("- command: `").append(command).append("`, ")
                .append(String.format(java.util.Locale.ROOT, "%.1f min in all", totalSeconds / 60)).append("\n\n");
        md.append("| what | figure (median, spread) | baseline in the same run | ratio | target (2 cores) | target |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(cell(f.what())).append(" | ").append(cell(f.figure())).append(" | ")
                    .append(cell(f.baseline())).append(" | ").append(f.ratioText()).append(" | ")
                    .append(cell(f.target())).append(" | ").append(f.verdict().text()).append(" |\n");
        }
        List<Figure> withNotes = figures.stream().filter(f -> f.note() != null && !f.note().isBlank()).toList();
        if (!withNotes.isEmpty() || !notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            withNotes.forEach(f -> md.append("- **").append(f.what()).append("**: ").append(f.note()).append('\n'));
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    public void writeTo(Path file) throws IOException {
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** A table cell cannot hold a pipe or a line break. */
    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}

package vn.doisanh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.doisanh.warehouse.cli.Commands;

class PackCommandTest {
    @TempDir
    Path dir;

    @Test
    void itWritesAPdfOrAPptxChosenByTheExtension() throws IOException {
        Path pdf = dir.resolve("habac.pdf");
        assertThat(run("10816", "--data", SampleWarehouse.dataDir().toString(), "--out", pdf.toString())).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');
        Path pptx = dir.resolve("sub/habac.pptx");
        assertThat(run("10816", "--data", SampleWarehouse.dataDir().toString(), "--out", pptx.toString(),
                "--group", "type")).isZero();
        assertThat(Files.readAllBytes(pptx)).startsWith('P', 'K');
        try (var stream = Files.list(pptx.getParent())) {
            assertThat(stream).containsExactly(pptx); // no partial file left behind
        }
    }

    @Test
    void aWrongExtensionUnitOrPeriodIsOneLineAndExitCodeTwoWithNoFileLeft() {
        StringWriter err = new StringWriter();
        Path out = dir.resolve("x.docx");
        assertThat(run(err, "10816", "--data", SampleWarehouse.dataDir().toString(), "--out", out.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--out must end in .pptx or .pdf");
        Path pdf = dir.resolve("x.pdf");
        assertThat(run(err, "99999", "--data", SampleWarehouse.dataDir().toString(), "--out", pdf.toString()))
                .isEqualTo(2);
        assertThat(run(err, "10816", "--period", "1999-Q1", "--data", SampleWarehouse.dataDir().toString(),
                "--out", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no unit with code '99999'", "no period '1999-Q1'");
        assertThat(dir).isEmptyDirectory();
    }

    private static int run(String... args) {
        return run(new StringWriter(), args);
    }

    private static int run(StringWriter err, String... args) {
        CommandLine line = new CommandLine(new PackCommand());
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
                return Commands.USAGE;
            }
            throw e;
        });
        return line.execute(args);
    }
}

package vn.doisanh.extract.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.ReportFiles;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.meta.GivenHints;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.units.UnitRegistry;

/** {@code doisanh extract FILE|DIR...}: JSON on stdout, one object per file; exit 2 if any file failed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract indicator facts with provenance from report files (.txt .docx .pdf .csv .xlsx).")
public final class ExtractCommand implements Callable<Integer> {
    static final int FAILED = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files, or folders to walk.")
    private List<Path> files;

    @Option(names = "--pretty", description = "Indent the JSON.")
    private boolean pretty;

    @Option(names = "--unit", paramLabel = "CODE|NAME",
            description = "The unit of reports whose text names none (before a unit folder or manifest).")
    private String unit;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The period of reports whose heading names none: 2025-Q3, 2026-H1, 2025 or 2025-10-01..2025-12-31.")
    private String period;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ReportExtractor extractor = ReportExtractor.standard();
        FileHints given = given(UnitRegistry.load());
        ExtractionJson json = new ExtractionJson(pretty);
        boolean anyFailed = false;
        for (Path file : ReportFiles.under(files)) {
            try {
                for (Extraction extraction : extractor.extract(file, given)) {
                    out.println(json.of(extraction));
                }
            } catch (ExtractionException e) {
                out.println(json.of(e));
                anyFailed = true;
            }
        }
        return anyFailed ? FAILED : 0;
    }

    private FileHints given(UnitRegistry registry) {
        try {
            return GivenHints.parse(unit, period, registry);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}

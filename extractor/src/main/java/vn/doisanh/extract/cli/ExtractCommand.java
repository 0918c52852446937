package vn.doisanh.extract.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.ReportFiles;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;

/** {@code doisanh extract FILE|DIR...}: JSON on stdout, one object per file; exit 2 if any file failed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract indicator facts with provenance from report files (.txt .docx .pdf .csv .xlsx).")
public final class ExtractCommand implements Callable<Integer> {
    static final int FAILED = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files, or folders to walk.")
    private List<Path> files;

    @Option(names = "--pretty", description = "Indent the JSON.")
    private boolean pretty;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ReportExtractor extractor = ReportExtractor.standard();
        ExtractionJson json = new ExtractionJson(pretty);
        boolean anyFailed = false;
        for (Path file : ReportFiles.under(files)) {
            try {
                for (Extraction extraction : extractor.extract(file)) {
                    out.println(json.of(extraction));
                }
            } catch (ExtractionException e) {
                out.println(json.of(e));
                anyFailed = true;
            }
        }
        return anyFailed ? FAILED : 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}

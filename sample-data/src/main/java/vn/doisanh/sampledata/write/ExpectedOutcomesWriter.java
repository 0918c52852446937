package vn.doisanh.sampledata.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.doisanh.sampledata.ExpectedOutcome;

/** Writes expected-outcomes.csv: what the extractor should make of each file, sorted by file. */
public final class ExpectedOutcomesWriter {
    public static final List<String> HEADER = List.of("file", "outcome", "expected_code");

    private ExpectedOutcomesWriter() {
    }

    public static void write(Path file, List<ExpectedOutcome> outcomes) {
        List<ExpectedOutcome> sorted = outcomes.stream().sorted(Comparator.comparing(ExpectedOutcome::file)).toList();
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(HEADER);
            for (ExpectedOutcome outcome : sorted) {
                printer.printRecord(outcome.file(), outcome.outcome().code(), outcome.expectedCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

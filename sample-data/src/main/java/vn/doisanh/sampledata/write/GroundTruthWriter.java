package vn.doisanh.sampledata.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.WrittenFigure;
import vn.doisanh.sampledata.plan.ReportingPeriod;

/**
 * Writes ground-truth.csv: one row per figure a report states, in the catalogue's unit, with the qualifiers the
 * text states. Rows are streamed so the national set (26,568 reports) needs no memory for them.
 */
public final class GroundTruthWriter implements Closeable {
    public static final List<String> HEADER = List.of("file", "unit_code", "period_start", "period_end", "indicator",
            "value", "sub_period_start", "sub_period_end", "as_of", "breakdown");

    private final Catalogue catalogue;
    private final CSVPrinter printer;
    private long rows;

    public GroundTruthWriter(Path file, Catalogue catalogue) {
        this.catalogue = catalogue;
        try {
            this.printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void write(String file, String unitCode, ReportingPeriod period, List<WrittenFigure> figures) {
        for (WrittenFigure figure : figures) {
            if (!catalogue.contains(figure.indicator())) {
                throw new IllegalArgumentException(file + ": '" + figure.indicator() + "' is not a catalogue id");
            }
            FigureQualifier q = figure.qualifier();
            try {
                printer.printRecord(file, unitCode, period.start(), period.end(), figure.indicator(),
                        figure.value().stripTrailingZeros().toPlainString(), orEmpty(q.subPeriodStart()),
                        orEmpty(q.subPeriodEnd()), orEmpty(q.asOf()), orEmpty(q.breakdown()));
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write ground truth for " + file, e);
            }
        }
    }

    public long rows() {
        return rows;
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}

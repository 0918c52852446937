package vn.doisanh.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the file as the local code page
 * and Vietnamese letters break), comma-separated (RFC 4180), the context first, then a blank line, the header and
 * the rows. Numbers are written plainly (17049, 99.89) so that they stay numbers for re-analysis.
 */
public final class CsvTable {
    public static final char BOM = '\uFEFF';

    private CsvTable() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(table.context().title());
        for (ExportContext.Entry entry : table.context().withNote()) {
            printer.printRecord(entry.label(), entry.value());
        }
        printer.println();
        printer.printRecord(table.columns().stream().map(Column::header).toList());
        for (List<Cell> row : table.rows()) {
            List<String> values = new ArrayList<>();
            for (Cell cell : row) {
                values.add(cell.isNumber() ? plain(cell.number()) : cell.text());
            }
            printer.printRecord(values);
        }
        printer.flush(); // the caller owns the stream (an HTTP response, a file) and closes it
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

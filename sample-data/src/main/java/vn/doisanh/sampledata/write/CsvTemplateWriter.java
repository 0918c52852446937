package vn.doisanh.sampledata.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a filled-in template as CSV in the table's dialect (separator, BOM, number style). */
public final class CsvTemplateWriter {
    private CsvTemplateWriter() {
    }

    public static byte[] write(TemplateTable table, TemplateDialect dialect) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (dialect.bom()) {
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.separator()).setRecordSeparator("\r\n").get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(cell -> text(cell, dialect)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a CSV template", e);
        }
        return bytes.toByteArray();
    }

    private static String text(Object cell, TemplateDialect dialect) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal number ? dialect.number(number) : cell.toString();
    }
}

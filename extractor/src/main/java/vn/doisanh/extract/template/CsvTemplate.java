package vn.doisanh.extract.template;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.source.TextDecoder;

/** Reads a template CSV: any encoding the text decoder knows, {@code ,} or {@code ;} as separator. */
public final class CsvTemplate {
    private CsvTemplate() {
    }

    public static TemplateTable read(byte[] bytes, String file) throws ExtractionException {
        String text = TextDecoder.decode(bytes, file);
        // The header decides the separator; title lines above it ("BIỂU MẪU BÁO CÁO") may have none.
        String firstLine = text.lines().limit(TemplateTable.MAX_TITLE_ROWS + 1)
                .filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("unit_"))
                .findFirst().orElse(text.lines().findFirst().orElse(""));
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        try {
            List<CSVRecord> records = format.parse(new StringReader(text)).getRecords();
            if (records.isEmpty()) {
                throw new ExtractionException("bad_template", file, "the CSV has no header row");
            }
            List<String> header = records.get(0).toList();
            List<List<String>> rows = new ArrayList<>();
            List<String> locations = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rows.add(record.toList());
                locations.add("line " + record.getParser().getCurrentLineNumber());
            }
            return new TemplateTable(header, rows, locations, null);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("bad_template", file, "the CSV cannot be parsed: " + e.getMessage());
        }
    }
}

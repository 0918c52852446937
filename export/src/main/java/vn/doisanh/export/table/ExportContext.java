package vn.doisanh.export.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a table is about, carried by every export: title, then labelled lines (indicator, period, filters,
 * comparison group, snapshot) and the synthetic-data note when synthetic figures are included.
 */
public record ExportContext(String title, List<Entry> entries, Optional<String> syntheticNote) {
    public ExportContext {
        entries = List.copyOf(entries);
    }

    public record Entry(String label, String value) {
    }

    /** Label and value pairs, the note last: the rows a CSV or XLSX export starts with. */
    public List<Entry> withNote() {
        List<Entry> all = new ArrayList<>(entries);
        syntheticNote.ifPresent(note -> all.add(new Entry("Ghi chú", note)));
        return all;
    }
}

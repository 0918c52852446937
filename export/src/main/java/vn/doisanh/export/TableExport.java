package vn.doisanh.export;

import java.io.IOException;
import java.io.OutputStream;
import vn.doisanh.export.data.ExportData;
import vn.doisanh.export.table.CsvTable;
import vn.doisanh.export.table.ProfileTable;
import vn.doisanh.export.table.RankingTable;
import vn.doisanh.export.table.Shape;
import vn.doisanh.export.table.ShownTables;
import vn.doisanh.export.table.XlsxTable;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * Table downloads: a ranking (all units on one indicator and period) and a unit profile, as CSV (UTF-8 with BOM)
 * or XLSX, each carrying its context (indicator, period, filters, comparison group, snapshot, synthetic note).
 * Unknown units, indicators or periods throw IllegalArgumentException before anything is written, so a caller can
 * still answer 400. The caller owns and closes {@code out}.
 */
public final class TableExport {
    private TableExport() {
    }

    public static void rankingCsv(Warehouse warehouse, RankingRequest request, OutputStream out) throws IOException {
        CsvTable.write(RankingTable.of(new ExportData(warehouse).ranking(request), Shape.FILE), out);
    }

    public static void rankingXlsx(Warehouse warehouse, RankingRequest request, OutputStream out) throws IOException {
        XlsxTable.write(RankingTable.of(new ExportData(warehouse).ranking(request), Shape.FILE), "Xếp hạng", out);
    }

    public static void profileCsv(Warehouse warehouse, ProfileRequest request, OutputStream out) throws IOException {
        CsvTable.write(ProfileTable.of(new ExportData(warehouse).profile(request), Shape.FILE), out);
    }

    /** A table as a page shows it (compare, peers, quality, catalogue), as XLSX with its context on top. */
    public static void shownTableXlsx(ShownTable table, OutputStream out) throws IOException {
        XlsxTable.write(ShownTables.of(table), "Bảng", out);
    }

    public static void profileXlsx(Warehouse warehouse, ProfileRequest request, OutputStream out) throws IOException {
        XlsxTable.write(ProfileTable.of(new ExportData(warehouse).profile(request), Shape.FILE), "Hồ sơ đơn vị", out);
    }
}

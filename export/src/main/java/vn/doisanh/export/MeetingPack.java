package vn.doisanh.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import vn.doisanh.export.data.ExportData;
import vn.doisanh.export.pack.PackBuilder;
import vn.doisanh.export.pack.PackContent;
import vn.doisanh.export.pack.pdf.PdfRenderer;
import vn.doisanh.export.pack.pptx.PptxRenderer;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * The meeting pack for one unit and period, built on the server from the warehouse: PowerPoint with native charts
 * and tables, or PDF with the same pages. All queries run before the first byte is written, so an unknown unit or
 * period throws IllegalArgumentException while a caller can still answer 400. The caller owns and closes
 * {@code out}.
 */
public final class MeetingPack {
    private MeetingPack() {
    }

    public static void pptx(Warehouse warehouse, String unitCode, Optional<String> period, OutputStream out)
            throws IOException {
        pptx(warehouse, PackRequest.of(unitCode, period), out);
    }

    public static void pdf(Warehouse warehouse, String unitCode, Optional<String> period, OutputStream out)
            throws IOException {
        pdf(warehouse, PackRequest.of(unitCode, period), out);
    }

    public static void pptx(Warehouse warehouse, PackRequest request, OutputStream out) throws IOException {
        new PptxRenderer().write(content(warehouse, request), out);
    }

    public static void pdf(Warehouse warehouse, PackRequest request, OutputStream out) throws IOException {
        new PdfRenderer().write(content(warehouse, request), out);
    }

    /** The pages both formats draw (for callers that want to show or test them). */
    public static PackContent content(Warehouse warehouse, PackRequest request) {
        return PackBuilder.build(new ExportData(warehouse), request);
    }
}

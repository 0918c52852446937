package vn.doisanh.export.pack.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.doisanh.export.pack.Palette;
import vn.doisanh.export.table.Cell;
import vn.doisanh.export.table.Column;
import vn.doisanh.export.table.Table;

/** A table slice drawn on a PDF page, styled like the PowerPoint table: dark header, marked row in yellow. */
final class PdfTables {
    static final double ROW_HEIGHT = 18;
    private static final double SIZE = 8.5;
    private static final double PAD = 4;

    private PdfTables() {
    }

    static void draw(PdfCanvas canvas, PdfFonts fonts, Table table, Rectangle2D area) {
        List<Column> columns = table.columns();
        double total = columns.stream().mapToDouble(Column::weight).sum();
        double[] widths = columns.stream().mapToDouble(c -> area.getWidth() * c.weight() / total).toArray();
        double y = area.getY();
        canvas.fill(area.getX(), y, area.getWidth(), ROW_HEIGHT + 2, Palette.HEADER_FILL);
        row(canvas, fonts.bold(), columns.stream().map(Column::header).toList(), columns, widths, area.getX(), y + 1,
                Color.WHITE);
        y += ROW_HEIGHT + 2;
        for (int r = 0; r < table.rows().size(); r++) {
            boolean marked = table.highlighted().contains(r);
            Color fill = marked ? Palette.ROW_MARK : r % 2 == 1 ? Palette.ROW_STRIPE : null;
            if (fill != null) {
                canvas.fill(area.getX(), y, area.getWidth(), ROW_HEIGHT, fill);
            }
            row(canvas, marked ? fonts.bold() : fonts.regular(), table.rows().get(r).stream().map(Cell::text).toList(),
                    columns, widths, area.getX(), y, Palette.TEXT);
            y += ROW_HEIGHT;
            canvas.line(area.getX(), y, area.getMaxX(), y, Palette.GRID, 0.5, false);
        }
    }

    private static void row(PdfCanvas canvas, PDFont font, List<String> texts, List<Column> columns, double[] widths,
            double x, double top, Color color) {
        double textTop = top + (ROW_HEIGHT - SIZE) / 2;
        for (int c = 0; c < texts.size(); c++) {
            String text = canvas.fit(texts.get(c), font, SIZE, widths[c] - 2 * PAD);
            if (columns.get(c).right()) {
                canvas.text(text, x + widths[c] - PAD, textTop, font, SIZE, color, 1);
            } else {
                canvas.text(text, x + PAD, textTop, font, SIZE, color, 0);
            }
            x += widths[c];
        }
    }
}

package vn.doisanh.export.pack.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import vn.doisanh.export.pack.Palette;
import vn.doisanh.export.table.Cell;
import vn.doisanh.export.table.Column;
import vn.doisanh.export.table.Table;

/** A table slice as a native PowerPoint table: header in white on dark blue, the marked unit's row in yellow. */
final class PptxTables {
    static final double ROW_HEIGHT = 18;
    private static final double SIZE = 9.5;

    private PptxTables() {
    }

    static XSLFTable draw(XSLFSlide slide, Table table, Rectangle2D anchor) {
        List<Column> columns = table.columns();
        XSLFTable shape = slide.createTable(table.rows().size() + 1, columns.size());
        shape.setAnchor(new Rectangle2D.Double(anchor.getX(), anchor.getY(), anchor.getWidth(),
                ROW_HEIGHT * (table.rows().size() + 1)));
        double total = columns.stream().mapToDouble(Column::weight).sum();
        for (int c = 0; c < columns.size(); c++) {
            shape.setColumnWidth(c, anchor.getWidth() * columns.get(c).weight() / total);
            cell(shape.getCell(0, c), columns.get(c).header(), columns.get(c).right(), true, Color.WHITE,
                    Palette.HEADER_FILL);
        }
        shape.setRowHeight(0, ROW_HEIGHT + 2);
        for (int r = 0; r < table.rows().size(); r++) {
            boolean marked = table.highlighted().contains(r);
            Color fill = marked ? Palette.ROW_MARK : r % 2 == 1 ? Palette.ROW_STRIPE : Color.WHITE;
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(shape.getCell(r + 1, c), row.get(c).text(), columns.get(c).right(), marked, Palette.TEXT, fill);
            }
            shape.setRowHeight(r + 1, ROW_HEIGHT);
        }
        return shape;
    }

    private static void cell(XSLFTableCell cell, String text, boolean right, boolean bold, Color color, Color fill) {
        cell.clearText();
        PptxText.paragraph(cell, text, SIZE, bold, color,
                right ? TextParagraph.TextAlign.RIGHT : TextParagraph.TextAlign.LEFT);
        cell.setFillColor(fill);
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        cell.setLeftInset(4);
        cell.setRightInset(4);
        cell.setTopInset(1);
        cell.setBottomInset(1);
        cell.setBorderColor(TableCell.BorderEdge.bottom, Palette.GRID);
        cell.setBorderWidth(TableCell.BorderEdge.bottom, 0.5);
    }
}

package vn.doisanh.export.pack;

import java.awt.geom.Rectangle2D;

/**
 * Where things go on a page of the given size (points, origin top-left): title, synthetic badge, content, notes
 * and footer. Both renderers use it, so a slide and a PDF page are laid out alike.
 */
public record Layout(double width, double height) {
    public static final double MARGIN = 28;
    public static final double TITLE_SIZE = 20;
    public static final double SUBTITLE_SIZE = 11;
    public static final double BODY_SIZE = 10;
    public static final double FOOTER_SIZE = 8;
    private static final double FOOTER_HEIGHT = 44;
    private static final double BADGE_WIDTH = 190;
    private static final double NOTE_LINE = 14;

    /** PowerPoint's 16:9 slide. */
    public static Layout slide() {
        return new Layout(960, 540);
    }

    /** A4 landscape, for printing. */
    public static Layout a4Landscape() {
        return new Layout(842, 595);
    }

    public Rectangle2D title() {
        return new Rectangle2D.Double(MARGIN, MARGIN - 6, width - 2 * MARGIN - BADGE_WIDTH - 10, 30);
    }

    public Rectangle2D subtitle() {
        return new Rectangle2D.Double(MARGIN, MARGIN + 26, width - 2 * MARGIN, 18);
    }

    public Rectangle2D badge() {
        return new Rectangle2D.Double(width - MARGIN - BADGE_WIDTH, MARGIN - 4, BADGE_WIDTH, 22);
    }

    /** Everything between the subtitle and the footer. */
    public Rectangle2D content() {
        double top = MARGIN + 52;
        return new Rectangle2D.Double(MARGIN, top, width - 2 * MARGIN, footer().getY() - 8 - top);
    }

    /** The content less room for {@code notes} lines of notes under it. */
    public Rectangle2D content(int notes) {
        Rectangle2D all = content();
        return new Rectangle2D.Double(all.getX(), all.getY(), all.getWidth(), all.getHeight() - notes * NOTE_LINE);
    }

    public Rectangle2D notes(int notes) {
        Rectangle2D all = content();
        return new Rectangle2D.Double(all.getX(), all.getMaxY() - notes * NOTE_LINE, all.getWidth(), notes * NOTE_LINE);
    }

    public Rectangle2D footer() {
        return new Rectangle2D.Double(MARGIN, height - MARGIN + 8 - FOOTER_HEIGHT, width - 2 * MARGIN, FOOTER_HEIGHT);
    }

    public static double noteLine() {
        return NOTE_LINE;
    }
}

package vn.doisanh.export.pack;

import java.awt.Color;

/**
 * Colours chosen to stay apart when printed in grey: the highlighted unit is dark, the others light, and the
 * quartiles go from dark (best) to light (worst).
 */
public final class Palette {
    public static final Color OTHERS = new Color(0x9D, 0xC3, 0xE6);
    public static final Color HIGHLIGHT = new Color(0xA9, 0x32, 0x26);
    public static final Color MEDIAN = new Color(0x26, 0x26, 0x26);
    public static final Color GROUP = new Color(0x2E, 0x75, 0xB6);
    public static final Color TEXT = new Color(0x1F, 0x1F, 0x1F);
    public static final Color MUTED = new Color(0x59, 0x59, 0x59);
    public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    public static final Color HEADER_FILL = new Color(0x1F, 0x4E, 0x79);
    public static final Color ROW_MARK = new Color(0xFF, 0xE6, 0x99);
    public static final Color ROW_STRIPE = new Color(0xF2, 0xF2, 0xF2);
    public static final Color SYNTHETIC = new Color(0xB4, 0x5F, 0x06);
    private static final Color[] QUARTILES = {
        new Color(0x1F, 0x4E, 0x79), new Color(0x2E, 0x75, 0xB6), new Color(0x9D, 0xC3, 0xE6), new Color(0xD0, 0xD0, 0xD0)};

    private Palette() {
    }

    public static Color quartile(Integer quartile) {
        return quartile == null || quartile < 1 || quartile > 4 ? OTHERS : QUARTILES[quartile - 1];
    }
}

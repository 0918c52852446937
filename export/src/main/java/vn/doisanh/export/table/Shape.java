package vn.doisanh.export.table;

/**
 * Who reads the table. A file (CSV, XLSX) keeps every column and numbers apart for re-analysis; a page (slide,
 * PDF) keeps what fits its width and writes ranks as "hạng 2/113".
 */
public enum Shape {
    FILE, PAGE
}

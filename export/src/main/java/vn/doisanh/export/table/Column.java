package vn.doisanh.export.table;

/** A column: its header, whether its cells sit right (numbers) and its share of a page's width. */
public record Column(String header, boolean right, double weight) {
    public static Column text(String header, double weight) {
        return new Column(header, false, weight);
    }

    public static Column number(String header, double weight) {
        return new Column(header, true, weight);
    }
}

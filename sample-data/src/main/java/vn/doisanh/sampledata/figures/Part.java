package vn.doisanh.sampledata.figures;

import java.util.List;
import java.util.Objects;

/** One item of a breakdown: a category label ("Mầm non", "Quyết định", "Phật giáo") and its count. */
public record Part(String label, long count) {
    public Part {
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException(label + ": negative count " + count);
        }
    }

    public static long sum(List<Part> parts) {
        return parts.stream().mapToLong(Part::count).sum();
    }
}

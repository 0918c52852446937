package vn.doisanh.sampledata.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Documents the People's Committee issued in some span, with the breakdown by type reports give
 * ("Quyết định: 1609; Kế hoạch: 148; …; Văn bản khác 904"). {@code total} is stated separately because a report
 * may state a total its parts do not add up to.
 */
public record DocumentCounts(long total, List<Part> parts) {
    /** The document types in the order reports list them; "khác" is the catch-all. */
    public static final List<String> TYPES = List.of("Quyết định", "Kế hoạch", "Thông báo", "Tờ trình", "Công văn", "khác");

    public DocumentCounts {
        parts = List.copyOf(parts);
        for (Part part : parts) {
            if (!TYPES.contains(part.label())) {
                throw new IllegalArgumentException("unknown document type " + part.label());
            }
        }
    }

    public boolean partsAddUp() {
        return Part.sum(parts) == total;
    }

    public DocumentCounts plus(DocumentCounts other) {
        List<Part> summed = new ArrayList<>();
        for (String type : TYPES) {
            summed.add(new Part(type, count(type) + other.count(type)));
        }
        return new DocumentCounts(total + other.total, summed);
    }

    public long count(String type) {
        return parts.stream().filter(p -> p.label().equals(type)).mapToLong(Part::count).sum();
    }

    /** Adds {@code extra} to one part but not to the total: the deliberate breakdown mismatch. */
    public DocumentCounts withPartInflated(String type, long extra) {
        Objects.requireNonNull(type, "type");
        List<Part> changed = parts.stream()
                .map(p -> p.label().equals(type) ? new Part(type, p.count() + extra) : p)
                .toList();
        return new DocumentCounts(total, changed);
    }
}

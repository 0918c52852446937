package vn.doisanh.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.doisanh.export.text.VnFormat;
import vn.doisanh.warehouse.query.UnitInfo;

/**
 * Filters that narrow the rows of a ranking (as the dashboard's ranking page does); ranks stay city-wide.
 * {@code type}: xa, phuong or dac_khu; {@code district}: part of a former district's name.
 */
public record RankingFilters(Optional<String> type, Optional<String> district, Optional<Long> minPopulation,
        Optional<Long> maxPopulation) {
    private static final Set<String> TYPES = Set.of("xa", "phuong", "dac_khu");

    public RankingFilters {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(minPopulation, "minPopulation");
        Objects.requireNonNull(maxPopulation, "maxPopulation");
        type = type.filter(t -> !t.isBlank());
        district = district.filter(d -> !d.isBlank());
        if (type.isPresent() && !TYPES.contains(type.get())) {
            throw new IllegalArgumentException("type must be xa, phuong or dac_khu, got '" + type.get() + "'");
        }
    }

    public static RankingFilters none() {
        return new RankingFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean accepts(UnitInfo unit) {
        Long population = unit.population();
        return type.map(unit.type()::equals).orElse(true)
                && district.map(d -> unit.formerDistrict() != null && unit.formerDistrict().contains(d)).orElse(true)
                && minPopulation.map(min -> population != null && population >= min).orElse(true)
                && maxPopulation.map(max -> population != null && population <= max).orElse(true);
    }

    /** The filters in words, for the context an export carries: "không" when nothing is filtered. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        type.ifPresent(t -> parts.add("loại " + switch (t) {
            case "xa" -> "xã";
            case "phuong" -> "phường";
            default -> "đặc khu";
        }));
        district.ifPresent(d -> parts.add("huyện cũ chứa \"" + d + "\""));
        minPopulation.ifPresent(min -> parts.add("dân số từ " + VnFormat.number(min.doubleValue())));
        maxPopulation.ifPresent(max -> parts.add("dân số đến " + VnFormat.number(max.doubleValue())));
        return parts.isEmpty() ? "không (tất cả đơn vị)" : String.join("; ", parts);
    }
}

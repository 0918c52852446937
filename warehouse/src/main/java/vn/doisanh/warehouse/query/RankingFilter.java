package vn.doisanh.warehouse.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.doisanh.warehouse.cli.VietnameseNumbers;

/**
 * The filters that narrow the rows of a ranking, the one set both the dashboard's ranking page and the ranking
 * export apply (issue 14): ranks stay city-wide, only the rows shown change.
 * <ul>
 * <li>{@code type}: xa, phuong or dac_khu;</li>
 * <li>{@code district}: part of a former district's name, as written (case and diacritics count);</li>
 * <li>{@code minPopulation}, {@code maxPopulation}: bounds, both inclusive. A unit whose population is unknown is
 * left out as soon as either bound is given: it cannot be said to lie inside a range.</li>
 * </ul>
 * Blank text counts as not given; text is stripped. A bad value fails at once with an {@link Invalid} that names
 * the parameter.
 */
public record RankingFilter(Optional<String> type, Optional<String> district, Optional<Long> minPopulation,
        Optional<Long> maxPopulation) {
    public static final Set<String> TYPES = Set.of("xa", "phuong", "dac_khu");

    /** A filter value refused, with the name of the parameter it came in (type, district, minPopulation …). */
    public static final class Invalid extends IllegalArgumentException {
        private final String parameter;

        public Invalid(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public RankingFilter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(minPopulation, "minPopulation");
        Objects.requireNonNull(maxPopulation, "maxPopulation");
        type = type.map(String::strip).filter(t -> !t.isEmpty());
        district = district.map(String::strip).filter(d -> !d.isEmpty());
        if (type.isPresent() && !TYPES.contains(type.get())) {
            throw new Invalid("type", "type must be xa, phuong or dac_khu, got '" + type.get() + "'");
        }
        if (minPopulation.isPresent() && minPopulation.get() < 0) {
            throw new Invalid("minPopulation", "minPopulation must not be negative, got " + minPopulation.get());
        }
        if (maxPopulation.isPresent() && maxPopulation.get() < 0) {
            throw new Invalid("maxPopulation", "maxPopulation must not be negative, got " + maxPopulation.get());
        }
        if (minPopulation.isPresent() && maxPopulation.isPresent() && minPopulation.get() > maxPopulation.get()) {
            throw new Invalid("maxPopulation", "maxPopulation (" + maxPopulation.get()
                    + ") must not be below minPopulation (" + minPopulation.get() + ")");
        }
    }

    /** No filter: every unit. */
    public static RankingFilter none() {
        return new RankingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** From request values, any of which may be null or blank (not given). */
    public static RankingFilter of(String type, String district, Long minPopulation, Long maxPopulation) {
        return new RankingFilter(Optional.ofNullable(type), Optional.ofNullable(district),
                Optional.ofNullable(minPopulation), Optional.ofNullable(maxPopulation));
    }

    public boolean isEmpty() {
        return type.isEmpty() && district.isEmpty() && minPopulation.isEmpty() && maxPopulation.isEmpty();
    }

    /** Whether the unit's row is shown. */
    public boolean accepts(UnitInfo unit) {
        Long population = unit.population();
        return type.map(t -> t.equals(unit.type())).orElse(true)
                && district.map(d -> unit.formerDistrict() != null && unit.formerDistrict().contains(d)).orElse(true)
                && minPopulation.map(min -> population != null && population >= min).orElse(true)
                && maxPopulation.map(max -> population != null && population <= max).orElse(true);
    }

    /** The filters in Vietnamese words, for the context an export carries: "không" when nothing is filtered. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        type.ifPresent(t -> parts.add("loại " + switch (t) {
            case "xa" -> "xã";
            case "phuong" -> "phường";
            default -> "đặc khu";
        }));
        district.ifPresent(d -> parts.add("huyện cũ chứa \"" + d + "\""));
        minPopulation.ifPresent(min -> parts.add("dân số từ " + VietnameseNumbers.format(min.doubleValue(), 2)));
        maxPopulation.ifPresent(max -> parts.add("dân số đến " + VietnameseNumbers.format(max.doubleValue(), 2)));
        return parts.isEmpty() ? "không (tất cả đơn vị)" : String.join("; ", parts);
    }
}

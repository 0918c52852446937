package vn.doisanh.units;

import java.util.List;
import java.util.Objects;

/**
 * One commune-level unit of the registry. {@code code} is the 5-digit code of the national statistics office;
 * {@code name} carries its type prefix as officially written ("Xã Hà Bắc").
 */
public record Unit(
        String code,
        String name,
        UnitType type,
        String formerDistrict,
        List<String> mergedFrom,
        Double areaKm2,
        Long population) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!code.matches("\\d{5}")) {
            throw new IllegalArgumentException("unit code must have 5 digits, got '" + code + "'");
        }
        mergedFrom = List.copyOf(mergedFrom);
    }

    /** Names of the former units merged into this one, without prefix or code: "Hồng Lạc", "Tân Việt". */
    public List<String> formerUnitNames() {
        return mergedFrom.stream()
                .map(entry -> entry.replaceFirst("\\s*\\[.*$", "")
                        .replaceFirst("(?iu)^(xã|phường|thị trấn|đặc khu)\\s+", "").trim())
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** The name without its type prefix: "Hà Bắc". */
    public String bareName() {
        String prefix = type.vietnamese() + " ";
        return name.regionMatches(true, 0, prefix, 0, prefix.length()) ? name.substring(prefix.length()) : name;
    }
}

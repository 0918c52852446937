package vn.doisanh.extract.meta;

import java.util.Optional;
import java.util.stream.Collectors;
import vn.doisanh.units.UnitMatch;
import vn.doisanh.units.UnitRegistry;

/**
 * The unit and period an operator gives by hand ({@code --unit}, {@code --period}) for reports whose text says
 * neither: a unit code or a name the registry knows, and a period as {@link FileHints#parsePeriod} reads it.
 */
public final class GivenHints {
    private GivenHints() {
    }

    /**
     * @param unit a unit code or name, or null
     * @param period a period option, or null
     * @throws IllegalArgumentException naming the option and why it cannot be used
     */
    public static FileHints parse(String unit, String period, UnitRegistry registry) {
        Optional<String> code = unit == null ? Optional.empty() : Optional.of(unitCode(unit, registry));
        try {
            return new FileHints(code, period == null ? Optional.empty() : Optional.of(FileHints.parsePeriod(period)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--period " + e.getMessage(), e);
        }
    }

    private static String unitCode(String unit, UnitRegistry registry) {
        if (registry.byCode(unit.trim()).isPresent()) {
            return unit.trim();
        }
        if (registry.match(unit) instanceof UnitMatch.Found found) {
            return found.unit().code();
        }
        throw new IllegalArgumentException("--unit '" + unit + "' is not one unit of the registry; nearest: "
                + registry.nearest(unit, 3).stream().map(u -> u.name() + " (" + u.code() + ")")
                        .collect(Collectors.joining(", ")));
    }
}

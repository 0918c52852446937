package vn.doisanh.warehouse.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.catalogue.IndicatorKind;

/**
 * Renders the two generated parts of the derived-indicator SQL from the catalogue: the input columns of
 * {@code int_derived_inputs} (one per indicator some formula reads) and one SELECT per derived indicator for
 * {@code int_derived_values}. Adding a derived indicator to the catalogue is enough to have it computed and ranked.
 */
public final class DerivedIndicatorSql {
    /** Inputs the registry can supply when a report does not: indicator id → column of int_units. */
    static final Map<String, String> REGISTRY_FALLBACKS = Map.of("population", "population", "area_km2", "area_km2");

    private final List<Derived> derived = new ArrayList<>();
    private final Set<String> inputs = new LinkedHashSet<>();

    private record Derived(String id, FormulaSql.Compiled formula) {
    }

    public DerivedIndicatorSql(Catalogue catalogue) {
        for (Indicator indicator : catalogue.derived()) {
            FormulaSql.Compiled compiled = FormulaSql.compile(indicator.formula());
            for (String input : compiled.inputs()) {
                Indicator source = catalogue.find(input).orElseThrow(() -> new IllegalArgumentException(
                        "derived indicator " + indicator.id() + " reads unknown indicator '" + input + "'"));
                if (source.kind() != IndicatorKind.REPORTED) {
                    throw new IllegalArgumentException("derived indicator " + indicator.id()
                            + " reads " + input + ", which is derived too; formulas read reported indicators only");
                }
            }
            derived.add(new Derived(indicator.id(), compiled));
            inputs.addAll(compiled.inputs());
        }
    }

    /** The {@code ${input_columns}} of int_derived_inputs.sql. */
    public String inputColumns() {
        if (inputs.isEmpty()) {
            return "       NULL AS no_inputs";
        }
        List<String> columns = new ArrayList<>();
        for (String input : inputs) {
            String reported = "max(v.value) FILTER (WHERE v.indicator = '" + input + "')";
            String registry = REGISTRY_FALLBACKS.get(input);
            if (registry == null) {
                columns.add("       " + reported + " AS \"" + input + "\"");
            } else {
                columns.add("       coalesce(" + reported + ", any_value(u." + registry + ")) AS \"" + input + "\"");
                columns.add("       (" + reported + " IS NULL AND any_value(u." + registry + ") IS NOT NULL) AS \""
                        + input + "__from_registry\"");
            }
        }
        return String.join(",\n", columns);
    }

    /** The {@code ${derived_selects}} of int_derived_values.sql. */
    public String derivedSelects() {
        if (derived.isEmpty()) {
            return "    SELECT NULL::VARCHAR AS frame_key, NULL::VARCHAR AS unit_code, NULL::VARCHAR AS indicator, "
                    + "NULL::DOUBLE AS value, NULL::VARCHAR AS basis, NULL::VARCHAR[] AS source_periods WHERE false";
        }
        return derived.stream().map(DerivedIndicatorSql::select).collect(Collectors.joining("\n    UNION ALL\n"));
    }

    private static String select(Derived d) {
        List<String> fallbacks = d.formula().inputs().stream().filter(REGISTRY_FALLBACKS::containsKey)
                .map(input -> "\"" + input + "__from_registry\"").toList();
        String basis = fallbacks.isEmpty() ? "'computed'"
                : "CASE WHEN " + String.join(" OR ", fallbacks) + " THEN 'computed_registry' ELSE 'computed' END";
        return "    SELECT frame_key, unit_code, '" + d.id() + "' AS indicator, CAST(" + d.formula().sql()
                + " AS DOUBLE) AS value,\n           " + basis + " AS basis, source_periods\n"
                + "    FROM int_derived_inputs";
    }
}

package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Data-quality flags: warnings on loaded reports (rate that does not match its counts, value outside the
 * plausible range, superseded report…) and quarantined files or facts, for one unit and/or period or for all.
 */
public final class QualityQuery {
    private final Warehouse warehouse;

    public QualityQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code period} here is an exact period key (flags belong to report periods, not comparison frames). */
    public record Request(Optional<String> unitCode, Optional<String> periodKey) {
        public Request {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(periodKey, "periodKey");
        }

        public static Request all() {
            return new Request(Optional.empty(), Optional.empty());
        }

        public static Request forUnit(String unitCode) {
            return new Request(Optional.of(unitCode), Optional.empty());
        }
    }

    /**
     * {@code kind}: warning or quarantine; {@code origin}: extractor or etl; evidence fields may be null.
     * {@code message} is English; {@code args} are its figures by name, for the pages to word it in the user's
     * language.
     */
    public record Flag(String kind, String unitCode, String periodKey, String sourceFile, String code, String message,
            List<String> indicators, String evidenceText, String evidenceLocation, String origin,
            Map<String, String> args) {
        public Flag {
            indicators = List.copyOf(indicators);
            args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }
    }

    public List<Flag> run(Request request) {
        try (Connection connection = warehouse.connect()) {
            String unit = request.unitCode().orElse(null);
            String period = request.periodKey().orElse(null);
            return Jdbc.list(connection, "queries/quality.sql", QualityQuery::flag, unit, unit, period, period);
        } catch (SQLException e) {
            throw Jdbc.failure("quality flags", e);
        }
    }

    private static Flag flag(ResultSet row) throws SQLException {
        return new Flag(row.getString("kind"), row.getString("unit_code"), row.getString("period_key"),
                row.getString("source_file"), row.getString("code"), row.getString("message"),
                Jdbc.strings(row, "indicators"), row.getString("evidence_text"), row.getString("evidence_location"),
                row.getString("origin"), args(Jdbc.strings(row, "arg_names"), Jdbc.strings(row, "arg_values")));
    }

    private static Map<String, String> args(List<String> names, List<String> values) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            args.put(names.get(i), values.get(i));
        }
        return args;
    }
}

package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well the current reports were read: per report, its numbers by role (from the extractor's number ledger)
 * and the share that got one; for one unit, the unread numbers with their sentences and candidate indicators,
 * for an analyst to review.
 */
public final class ReadingQuery {
    private final Warehouse warehouse;

    public ReadingQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code periodKey} is an exact report period; unread numbers are listed only when a unit is given. */
    public record Request(Optional<String> unitCode, Optional<String> periodKey) {
        public Request {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(periodKey, "periodKey");
        }
    }

    public record Coverage(String unitCode, String periodKey, String sourceFile, int seen, int facts, int explained,
            int unread, double coverage) {
    }

    public record UnreadNumber(String unitCode, String periodKey, String sourceFile, String number, String location,
            String sentence, List<String> candidates) {
        public UnreadNumber {
            candidates = List.copyOf(candidates);
        }
    }

    public record Result(List<Coverage> reports, List<UnreadNumber> unread) {
        public Result {
            reports = List.copyOf(reports);
            unread = List.copyOf(unread);
        }
    }

    public Result run(Request request) {
        String unit = request.unitCode().orElse(null);
        String period = request.periodKey().orElse(null);
        try (Connection connection = warehouse.connect()) {
            List<Coverage> reports = Jdbc.list(connection, "queries/reading.sql", ReadingQuery::coverage,
                    unit, unit, period, period);
            List<UnreadNumber> unread = unit == null ? List.of()
                    : Jdbc.list(connection, "queries/reading_unread.sql", ReadingQuery::unread, unit, period, period);
            return new Result(reports, unread);
        } catch (SQLException e) {
            throw Jdbc.failure("reading coverage", e);
        }
    }

    private static Coverage coverage(ResultSet row) throws SQLException {
        return new Coverage(row.getString("unit_code"), row.getString("period_key"), row.getString("source_file"),
                row.getInt("numbers_seen"), row.getInt("numbers_facts"), row.getInt("numbers_explained"),
                row.getInt("numbers_unread"), row.getDouble("coverage"));
    }

    private static UnreadNumber unread(ResultSet row) throws SQLException {
        return new UnreadNumber(row.getString("unit_code"), row.getString("period_key"), row.getString("source_file"),
                row.getString("number"), row.getString("location"), row.getString("sentence"),
                Jdbc.strings(row, "candidates"));
    }
}

package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The facts behind a unit's value, each with the report sentence it was read from: what an analyst checks. */
public final class EvidenceQuery {
    private final Warehouse warehouse;

    public EvidenceQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Evidence(String indicator, double value, String unit, String periodKey, String qualifierKey,
            String subPeriodStart, String subPeriodEnd, String asOf, String breakdown, boolean synthetic,
            String sourceFile, String text, Integer offset, String matched, String location, String rule) {
    }

    public List<Evidence> run(String unitCode, String indicator, Frame frame) {
        try (Connection connection = warehouse.connect()) {
            return Jdbc.list(connection, "queries/evidence.sql", row -> new Evidence(row.getString("indicator"),
                    row.getDouble("value"), row.getString("unit"), row.getString("period_key"),
                    row.getString("qualifier_key"), row.getString("sub_period_start"), row.getString("sub_period_end"),
                    row.getString("as_of"), row.getString("breakdown"), row.getBoolean("synthetic"),
                    row.getString("source_file"), row.getString("evidence_text"),
                    Jdbc.nullableInt(row, "evidence_offset"), row.getString("evidence_matched"),
                    row.getString("evidence_location"), row.getString("rule")),
                    unitCode, indicator, frame.start().toString(), frame.end().toString());
        } catch (SQLException e) {
            throw Jdbc.failure("evidence of " + unitCode + " " + indicator, e);
        }
    }
}

package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** How rows of the unit, indicator and frame tables become records (the snapshot's {@link Dimensions}). */
final class Lookup {
    private Lookup() {
    }

    static UnitInfo unitOf(ResultSet row) throws SQLException {
        return new UnitInfo(row.getString("unit_code"), row.getString("unit_name"), row.getString("unit_type"),
                row.getString("unit_type_vi"), row.getString("former_district"), Jdbc.nullableLong(row, "population"),
                Jdbc.nullableDouble(row, "area_km2"));
    }

    static IndicatorInfo indicatorOf(ResultSet row) throws SQLException {
        return new IndicatorInfo(row.getString("indicator"), row.getString("indicator_group"), row.getString("kind"),
                row.getString("unit"), row.getString("direction"), row.getString("measure"), row.getString("name_vi"),
                row.getString("name_en"), row.getString("definition_vi"), row.getString("definition_en"),
                row.getString("formula"));
    }

    static List<Frame> frames(Connection connection) throws SQLException {
        return Jdbc.list(connection, "queries/frames.sql", row -> new Frame(row.getString("period_key"),
                row.getObject("period_start", java.time.LocalDate.class),
                row.getObject("period_end", java.time.LocalDate.class), row.getString("label"),
                Jdbc.nullableInt(row, "months"), row.getInt("units"), row.getInt("units_reporting")));
    }
}

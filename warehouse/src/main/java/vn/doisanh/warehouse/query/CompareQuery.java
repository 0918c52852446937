package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Chosen units side by side on chosen indicators (all of them when none is chosen) in one frame. */
public final class CompareQuery {
    private static final int MAX_UNITS = 20;

    private final Warehouse warehouse;

    public CompareQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Request(List<String> unitCodes, List<String> indicators, Optional<String> period) {
        public Request {
            unitCodes = List.copyOf(unitCodes);
            indicators = List.copyOf(indicators);
            Objects.requireNonNull(period, "period");
            if (unitCodes.isEmpty() || unitCodes.size() > MAX_UNITS) {
                throw new IllegalArgumentException("compare 1 to " + MAX_UNITS + " units, got " + unitCodes.size());
            }
            for (String code : unitCodes) {
                if (!code.matches("\\d{5}")) {
                    throw new IllegalArgumentException("unit codes have 5 digits, got '" + code + "'");
                }
            }
        }
    }

    /** One row per indicator, cells in the order of {@code units}; a cell is null where a unit has no value. */
    public record Comparison(Frame frame, List<UnitInfo> units, List<Row> rows) {
        public Comparison {
            units = List.copyOf(units);
            rows = List.copyOf(rows);
        }
    }

    public record Row(IndicatorInfo indicator, Double cityMedian, List<Cell> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    public record Cell(double value, String basis, int rank, int n, double percentile, int quartile) {
    }

    public Comparison run(Request request) {
        try (Connection connection = warehouse.connect()) {
            List<UnitInfo> units = new ArrayList<>();
            for (String code : request.unitCodes()) {
                units.add(Lookup.unit(connection, code));
            }
            Frame frame = FramesQuery.resolve(connection, request.period());
            List<IndicatorInfo> indicators = new ArrayList<>();
            if (request.indicators().isEmpty()) {
                indicators.addAll(Lookup.indicators(connection));
            } else {
                for (String id : request.indicators()) {
                    indicators.add(Lookup.indicator(connection, id));
                }
            }
            List<CellRow> cells = Jdbc.list(connection, "queries/compare.sql", CompareQuery::cellRow,
                    frame.periodKey(), String.join(",", request.unitCodes()));
            Map<String, Double> medians = new HashMap<>();
            for (Object[] median : Jdbc.list(connection, "queries/frame_medians.sql",
                    r -> new Object[] {r.getString("indicator"), Jdbc.nullableDouble(r, "median")}, frame.periodKey())) {
                medians.put((String) median[0], (Double) median[1]);
            }
            List<Row> rows = new ArrayList<>();
            for (IndicatorInfo indicator : indicators) {
                rows.add(new Row(indicator, medians.get(indicator.id()), cellsOf(indicator, units, cells)));
            }
            return new Comparison(frame, units, rows);
        } catch (SQLException e) {
            throw Jdbc.failure("comparison", e);
        }
    }

    private record CellRow(String unitCode, String indicator, Cell cell) {
    }

    private static List<Cell> cellsOf(IndicatorInfo indicator, List<UnitInfo> units, List<CellRow> cells) {
        List<Cell> row = new ArrayList<>();
        for (UnitInfo unit : units) {
            row.add(cells.stream().filter(c -> c.unitCode().equals(unit.code()) && c.indicator().equals(indicator.id()))
                    .map(CellRow::cell).findFirst().orElse(null));
        }
        return row;
    }

    private static CellRow cellRow(ResultSet row) throws SQLException {
        return new CellRow(row.getString("unit_code"), row.getString("indicator"), new Cell(row.getDouble("value"),
                row.getString("basis"), row.getInt("rank"), row.getInt("n"), row.getDouble("percentile"),
                row.getInt("quartile")));
    }
}

package vn.doisanh.warehouse.query;

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
        try (Session session = warehouse.session()) {
            Dimensions dimensions = session.dimensions();
            List<UnitInfo> units = new ArrayList<>();
            for (String code : request.unitCodes()) {
                units.add(dimensions.unit(code));
            }
            Frame frame = FramesQuery.resolve(dimensions.frames(), request.period());
            List<IndicatorInfo> indicators = new ArrayList<>();
            if (request.indicators().isEmpty()) {
                indicators.addAll(dimensions.indicators());
            } else {
                for (String id : request.indicators()) {
                    indicators.add(dimensions.indicator(id));
                }
            }
            Map<String, Double> medians = new HashMap<>();
            Map<String, Map<String, Cell>> cells = new HashMap<>();
            for (CellRow read : Jdbc.list(session, "queries/compare.sql", CompareQuery::cellRow,
                    frame.periodKey(), String.join(",", request.unitCodes()), frame.periodKey())) {
                medians.put(read.indicator(), read.median());
                if (read.unitCode() != null) {
                    cells.computeIfAbsent(read.indicator(), k -> new HashMap<>()).put(read.unitCode(), read.cell());
                }
            }
            List<Row> rows = new ArrayList<>();
            for (IndicatorInfo indicator : indicators) {
                Map<String, Cell> byUnit = cells.getOrDefault(indicator.id(), Map.of());
                List<Cell> row = new ArrayList<>();
                for (UnitInfo unit : units) {
                    row.add(byUnit.get(unit.code()));
                }
                rows.add(new Row(indicator, medians.get(indicator.id()), row));
            }
            return new Comparison(frame, units, rows);
        } catch (SQLException e) {
            throw Jdbc.failure("comparison", e);
        }
    }

    /** One row of compare.sql: an indicator's median, and one unit's cell when unitCode is not null. */
    private record CellRow(String indicator, Double median, String unitCode, Cell cell) {
    }

    private static CellRow cellRow(ResultSet row) throws SQLException {
        String unitCode = row.getString("unit_code");
        Cell cell = unitCode == null ? null : new Cell(row.getDouble("value"), row.getString("basis"),
                row.getInt("rank"), row.getInt("n"), row.getDouble("percentile"), row.getInt("quartile"));
        return new CellRow(row.getString("indicator"), Jdbc.nullableDouble(row, "median"), unitCode, cell);
    }
}

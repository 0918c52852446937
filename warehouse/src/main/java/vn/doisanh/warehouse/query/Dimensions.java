package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The small tables every request looks things up in (units, indicators, comparison frames), read once per snapshot.
 * A published snapshot never changes, so reading them again on every request only cost time: one to seven extra
 * statements per query, each parsed and planned anew (see bench/profile-notes.md).
 */
final class Dimensions {
    private final Map<String, UnitInfo> units;
    private final List<IndicatorInfo> indicators;
    private final Map<String, IndicatorInfo> indicatorsById;
    private final List<Frame> frames;

    private Dimensions(List<UnitInfo> units, List<IndicatorInfo> indicators, List<Frame> frames) {
        this.units = index(units, UnitInfo::code);
        this.indicators = List.copyOf(indicators);
        this.indicatorsById = index(indicators, IndicatorInfo::id);
        this.frames = List.copyOf(frames);
    }

    static Dimensions load(Connection connection) throws SQLException {
        return new Dimensions(Jdbc.list(connection, "queries/units.sql", Lookup::unitOf),
                Jdbc.list(connection, "queries/indicators.sql", Lookup::indicatorOf), Lookup.frames(connection));
    }

    UnitInfo unit(String code) {
        UnitInfo unit = units.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("no unit with code '" + code + "' in the warehouse");
        }
        return unit;
    }

    /** For rows of a mart: a unit missing from int_units is skipped, as a join to int_units would skip it. */
    Optional<UnitInfo> findUnit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    IndicatorInfo indicator(String id) {
        IndicatorInfo indicator = indicatorsById.get(id);
        if (indicator == null) {
            throw new IllegalArgumentException("unknown indicator '" + id + "'");
        }
        return indicator;
    }

    /** Every indicator in catalogue order. */
    List<IndicatorInfo> indicators() {
        return indicators;
    }

    /** Every frame, by start then end. */
    List<Frame> frames() {
        return frames;
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T value : values) {
            map.put(key.apply(value), value);
        }
        return Map.copyOf(map);
    }
}

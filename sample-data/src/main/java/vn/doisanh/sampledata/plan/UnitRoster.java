package vn.doisanh.sampledata.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.doisanh.sampledata.RandomStreams;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitRegistry;

/**
 * The units that get synthetic reports: the registry's units in code order minus Hà Bắc (whose only report is the
 * real one), then, past those 113, invented units up to the country's 3,321 commune-level units.
 */
public final class UnitRoster {
    /** Xã Hà Bắc: its report is the real one in sample-data/real, so it gets no synthetic one. */
    public static final String REAL_REPORT_UNIT = "10816";
    public static final int MAX_UNITS = 3321;

    private UnitRoster() {
    }

    public static int cityUnitCount(UnitRegistry registry) {
        return registry.size() - 1;
    }

    public static List<Unit> select(UnitRegistry registry, int count, RandomStreams streams) {
        if (count < 1 || count > MAX_UNITS) {
            throw new IllegalArgumentException("--units must be 1.." + MAX_UNITS + ", got " + count);
        }
        if (registry.byCode(REAL_REPORT_UNIT).isEmpty()) {
            throw new IllegalStateException("registry has no unit " + REAL_REPORT_UNIT + " (Hà Bắc)");
        }
        List<Unit> units = new ArrayList<>(registry.all().stream()
                .filter(u -> !u.code().equals(REAL_REPORT_UNIT))
                .sorted(Comparator.comparing(Unit::code))
                .toList());
        if (count <= units.size()) {
            return List.copyOf(units.subList(0, count));
        }
        SyntheticUnitFactory factory = new SyntheticUnitFactory(streams);
        for (int index = 0; units.size() < count; index++) {
            units.add(factory.make(index));
        }
        return List.copyOf(units);
    }

    /** True for the units this generator invented (codes 90000 and up). */
    public static boolean isInvented(Unit unit) {
        return unit.code().compareTo(SyntheticUnitFactory.FIRST_CODE) >= 0;
    }
}

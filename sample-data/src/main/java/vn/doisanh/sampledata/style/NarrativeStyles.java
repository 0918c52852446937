package vn.doisanh.sampledata.style;

import java.util.List;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.units.UnitType;

/** The writing styles, and the choice of one for a report. */
public final class NarrativeStyles {
    private static final List<NarrativeStyle> ALL = List.of(new AdministrativeProseStyle(), new BulletListStyle(),
            new NumberFirstStyle(), new WardStyle(), new SpecialZoneStyle(), new FigureTableStyle());

    private NarrativeStyles() {
    }

    public static List<NarrativeStyle> all() {
        return ALL;
    }

    public static NarrativeStyle byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown narrative style '" + id + "'"));
    }

    public static NarrativeStyle pick(UnitType type, ReportFormat format, Dice dice) {
        if (!format.isNarrative()) {
            throw new IllegalArgumentException(format + " is not a narrative format");
        }
        double[] weights = ALL.stream().mapToDouble(s -> s.weight(type, format)).toArray();
        return dice.weighted(ALL, weights);
    }
}

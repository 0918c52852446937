package vn.doisanh.export.data;

import java.util.List;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.UnitProfileQuery;

/**
 * A unit's profile ready to export: the indicators it has values for, with the group's medians, and how many
 * of the units it is ranked against have synthetic figures (its ranks and medians rest on theirs).
 */
public record ProfileData(UnitDirectoryQuery.Entry unit, Frame frame, List<UnitProfileQuery.Line> lines,
        int missing, GroupView group, int syntheticOthers, Stamp stamp) {
    public ProfileData {
        lines = List.copyOf(lines);
    }
}

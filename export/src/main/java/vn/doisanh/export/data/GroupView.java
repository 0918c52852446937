package vn.doisanh.export.data;

import java.util.List;
import java.util.Map;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.GroupStatsQuery;

/** A comparison group as exports use it: its members, how it is named, and its spread per indicator. */
public record GroupView(ComparisonGroup group, String description, List<String> members,
        Map<String, GroupStatsQuery.Stats> stats) {
    public GroupView {
        members = List.copyOf(members);
        stats = Map.copyOf(stats);
    }

    public Double median(String indicator) {
        GroupStatsQuery.Stats s = stats.get(indicator);
        return s == null ? null : s.median();
    }
}

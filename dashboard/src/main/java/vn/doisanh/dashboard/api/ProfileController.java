package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.GroupMembers;
import vn.doisanh.warehouse.query.GroupStatsQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.UnitProfileQuery;
import vn.doisanh.warehouse.query.UnitTrendsQuery;

/**
 * A unit's profile: every indicator with its value, rank of N, city and group medians, the group's spread for the
 * spine chart, and its trend. The comparison group (all, type, district, peers) only changes the spread and the
 * group median; ranks stay city-wide.
 */
public final class ProfileController {
    private final Snapshots snapshots;
    private final Params params;

    public ProfileController(Snapshots snapshots, Params params) {
        this.snapshots = snapshots;
        this.params = params;
    }

    public void profile(Context ctx) {
        UnitDirectoryQuery.Entry unit = params.unit(ctx.pathParam("code"), "code");
        ComparisonGroup group = params.group(ctx);
        Optional<Frame> period = params.optionalPeriod(ctx);
        UnitProfileQuery.Profile profile = new UnitProfileQuery(snapshots.warehouse()).run(new UnitProfileQuery.Request(
                unit.unit().code(), period.map(Frame::periodKey), GroupMembers.PEERS));
        List<String> members = new GroupMembers(snapshots.warehouse(), snapshots.current().units()).of(group, unit);
        Map<String, GroupStatsQuery.Stats> spread = new GroupStatsQuery(snapshots.warehouse())
                .run(profile.frame().periodKey(), members);
        Map<String, List<UnitTrendsQuery.Point>> trends = new UnitTrendsQuery(snapshots.warehouse())
                .run(unit.unit().code(), profile.frame().periodKey());
        List<Map<String, Object>> lines = profile.withValues().stream().map(line -> line(line,
                spread.get(line.indicator().id()), trends.getOrDefault(line.indicator().id(), List.of()))).toList();
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()), "unit", Json.unit(unit),
                "period", Json.period(profile.frame()), "group", group.code(), "groupSize", members.size(),
                "lines", lines));
    }

    /**
     * The unit's quartile within the comparison group (1 best), so the spine chart's mark agrees with the group
     * median it is drawn against; ranks and the city-wide quartile stay as they are. Neutral indicators go by size.
     */
    static Integer groupQuartile(UnitProfileQuery.Line line, GroupStatsQuery.Stats spread) {
        if (spread == null || line.value() == null) {
            return null;
        }
        double v = line.value();
        int bySize = v >= spread.p75() ? 1 : v >= spread.median() ? 2 : v >= spread.p25() ? 3 : 4;
        return "lower_better".equals(line.indicator().direction()) ? 5 - bySize : bySize;
    }

    private static Map<String, Object> line(UnitProfileQuery.Line line, GroupStatsQuery.Stats spread,
                                            List<UnitTrendsQuery.Point> trend) {
        return Json.object("indicator", line.indicator(), "value", line.value(), "basis", line.basis(),
                "rank", line.rank(), "n", line.n(), "percentile", line.percentile(), "quartile", line.quartile(),
                "cityMedian", line.cityMedian(), "peerMedian", line.peerMedian(),
                "groupMedian", spread == null ? null : spread.median(),
                "groupQuartile", groupQuartile(line, spread),
                "groupN", spread == null ? null : spread.n(),
                "min", spread == null ? null : spread.min(), "p25", spread == null ? null : spread.p25(),
                "p75", spread == null ? null : spread.p75(), "max", spread == null ? null : spread.max(),
                "trend", trend.stream().map(p -> Json.object("periodKey", p.periodKey(), "label", p.label(),
                        "value", p.value())).toList(),
                "evidence", "reported".equals(line.basis()) || "rolled_up".equals(line.basis())
                        || line.basis() != null && line.basis().startsWith("rolled_up"));
    }
}

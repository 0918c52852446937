package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.warehouse.query.CompareQuery;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.FunnelQuery;
import vn.doisanh.warehouse.query.GroupMembers;
import vn.doisanh.warehouse.query.GroupStatsQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;

/** Units side by side, and funnel plots that judge rates by the size of their denominators. */
public final class CompareController {
    static final Set<String> FUNNEL_RATES = Set.of("on_time_rate_pct", "overdue_rate_pct", "online_payment_pct",
            "online_submission_pct", "digitised_input_pct", "digitised_result_pct");
    private final Snapshots snapshots;
    private final Params params;

    public CompareController(Snapshots snapshots, Params params) {
        this.snapshots = snapshots;
        this.params = params;
    }

    public void compare(Context ctx) {
        List<String> codes = params.unitCodes(ctx, 2);
        Frame frame = params.period(ctx);
        List<String> indicators = Optional.ofNullable(ctx.queryParam("indicators")).filter(s -> !s.isBlank())
                .map(s -> List.of(s.split(","))).orElse(List.of());
        indicators.forEach(id -> params.indicatorById(id.strip()));
        ComparisonGroup group = params.group(ctx);
        CompareQuery.Comparison comparison = new CompareQuery(snapshots.warehouse())
                .run(new CompareQuery.Request(codes, indicators.stream().map(String::strip).toList(),
                        Optional.of(frame.periodKey())));
        // The comparison group is taken around the first unit shown; the units shown stay the display group.
        List<UnitDirectoryQuery.Entry> all = snapshots.current().units();
        List<String> members = new GroupMembers(snapshots.warehouse(), all).of(group, params.unit(codes.get(0), "units"));
        Map<String, GroupStatsQuery.Stats> spread = new GroupStatsQuery(snapshots.warehouse())
                .run(frame.periodKey(), members);
        List<Map<String, Object>> rows = comparison.rows().stream().map(row -> Json.object(
                "indicator", row.indicator(), "cityMedian", row.cityMedian(),
                "groupMedian", Optional.ofNullable(spread.get(row.indicator().id())).map(GroupStatsQuery.Stats::median)
                        .orElse(null),
                "cells", row.cells())).toList();
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()),
                "units", codes.stream().map(code -> Json.unit(params.unit(code, "units"))).toList(),
                "period", Json.period(frame), "group", group.code(), "groupSize", members.size(), "rows", rows));
    }

    public void funnel(Context ctx) {
        Indicator indicator = params.indicator(ctx, "on_time_rate_pct");
        if (!FUNNEL_RATES.contains(indicator.id())) {
            throw new BadRequest("bad_parameter", "indicator", "a funnel plot needs a rate of cases: one of "
                    + String.join(", ", FUNNEL_RATES.stream().sorted().toList()));
        }
        Frame frame = params.period(ctx);
        ComparisonGroup group = params.group(ctx);
        List<String> highlighted = Optional.ofNullable(ctx.queryParam("units")).filter(s -> !s.isBlank())
                .map(s -> params.unitCodes(ctx, 1)).orElse(List.of());
        List<UnitDirectoryQuery.Entry> all = snapshots.current().units();
        List<String> members = highlighted.isEmpty() || group == ComparisonGroup.ALL
                ? all.stream().map(u -> u.unit().code()).toList()
                : new GroupMembers(snapshots.warehouse(), all).of(group, params.unit(highlighted.get(0), "units"));
        FunnelQuery.Funnel funnel = new FunnelQuery(snapshots.warehouse()).run(indicator.id(), frame.periodKey(), members);
        List<Map<String, Object>> points = funnel.points().stream().map(p -> Json.object("unitCode", p.unitCode(),
                "unitName", p.unitName(), "denominator", p.denominator(), "rate", p.rate(), "band", p.band(),
                "highlighted", highlighted.contains(p.unitCode()))).toList();
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()), "indicator", Json.indicator(indicator),
                "period", Json.period(frame), "group", group.code(), "rateIndicator", funnel.rateIndicator(),
                "denominatorIndicator", funnel.denominatorIndicator(),
                "denominatorNote", funnel.rateIndicator().contains("computed") ? null
                        : "no count of its own: cases received stand in as the denominator",
                "pooledRate", funnel.pooledRate(), "points", points, "limits", funnel.limits()));
    }
}

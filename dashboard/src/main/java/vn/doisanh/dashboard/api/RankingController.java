package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.warehouse.query.DistributionQuery;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.QualityQuery;
import vn.doisanh.warehouse.query.RankingFilter;
import vn.doisanh.warehouse.query.RankingQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;

/** All units ranked on one indicator and period, with filters that narrow what is shown but not the ranks. */
public final class RankingController {
    static final String DEFAULT_INDICATOR = "on_time_rate_pct";
    private final Snapshots snapshots;
    private final Params params;

    public RankingController(Snapshots snapshots, Params params) {
        this.snapshots = snapshots;
        this.params = params;
    }

    public void ranking(Context ctx) {
        Indicator indicator = params.indicator(ctx, DEFAULT_INDICATOR);
        Frame frame = params.period(ctx);
        RankingFilter filter = params.rankingFilter(ctx);
        RankingQuery.Ranking ranking = new RankingQuery(snapshots.warehouse())
                .run(new RankingQuery.Request(indicator.id(), Optional.of(frame.periodKey())));
        Map<String, Set<String>> flags = flagsByUnit(frame);
        List<Map<String, Object>> rows = ranking.rows().stream()
                .map(row -> Map.entry(row, params.unit(row.unit().code(), "unit")))
                .filter(pair -> filter.accepts(pair.getKey().unit()))
                .map(pair -> Json.object("rank", pair.getKey().rank(), "n", pair.getKey().n(),
                        "unit", Json.unit(pair.getValue()), "value", pair.getKey().value(),
                        "basis", pair.getKey().basis(), "percentile", pair.getKey().percentile(),
                        "quartile", pair.getKey().quartile(),
                        "flags", flags.getOrDefault(pair.getKey().unit().code(), Set.of()),
                        "synthetic", pair.getValue().synthetic()))
                .toList();
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()), "indicator", Json.indicator(indicator),
                "period", Json.period(frame), "cityMedian", ranking.cityMedian(), "n", ranking.rows().size(),
                "rows", rows));
    }

    public void distribution(Context ctx) {
        Indicator indicator = params.indicator(ctx, DEFAULT_INDICATOR);
        Frame frame = params.period(ctx);
        DistributionQuery.Distribution distribution = new DistributionQuery(snapshots.warehouse())
                .run(new DistributionQuery.Request(indicator.id(), Optional.of(frame.periodKey()), 12));
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()), "indicator", Json.indicator(indicator),
                "period", Json.period(frame), "stats", distribution.stats(), "bins", distribution.bins(),
                "values", distribution.values()));
    }

    /** Warning codes of each unit's reports inside the frame, shown as flags beside its row. */
    private Map<String, Set<String>> flagsByUnit(Frame frame) {
        return snapshots.current().flags().stream()
                .filter(f -> f.unitCode() != null && inside(f.periodKey(), frame))
                .collect(Collectors.groupingBy(QualityQuery.Flag::unitCode,
                        Collectors.mapping(QualityQuery.Flag::code, Collectors.toCollection(java.util.TreeSet::new))));
    }

    private static boolean inside(String periodKey, Frame frame) {
        if (periodKey == null || !periodKey.contains("..")) {
            return false;
        }
        String[] bounds = periodKey.split("\\.\\.");
        return bounds[0].compareTo(frame.start().toString()) >= 0 && bounds[1].compareTo(frame.end().toString()) <= 0;
    }
}

package vn.doisanh.export.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.ProfileRequest;
import vn.doisanh.export.RankingRequest;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.FramesQuery;
import vn.doisanh.warehouse.query.GroupStatsQuery;
import vn.doisanh.warehouse.query.IndicatorInfo;
import vn.doisanh.warehouse.query.RankingQuery;
import vn.doisanh.warehouse.query.SnapshotInfoQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.UnitProfileQuery;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * Reads what an export needs from the warehouse's query API, once per export: the directory (for synthetic flags)
 * and the snapshot's identity are read up front so that every table and page names the same snapshot.
 * Unknown units, indicators and periods fail with IllegalArgumentException, as the queries do.
 */
public final class ExportData {
    /** Rates and scores compare across periods of any length; counts only across periods of the same length. */
    private static final Set<String> LENGTH_FREE_UNITS = Set.of("pct", "points");

    private final Warehouse warehouse;
    private final List<UnitDirectoryQuery.Entry> directory;
    private final Stamp stamp;
    private final Groups groups;

    public ExportData(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.directory = new UnitDirectoryQuery(warehouse).run();
        SnapshotInfoQuery.Info info = new SnapshotInfoQuery(warehouse).run();
        this.stamp = new Stamp(info.snapshotId(), info.builtAt());
        this.groups = new Groups(warehouse, directory);
    }

    public Stamp stamp() {
        return stamp;
    }

    public UnitDirectoryQuery.Entry unit(String code) {
        return directory.stream().filter(e -> e.unit().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit with code '" + code + "' in the warehouse"));
    }

    public RankingData ranking(RankingRequest request) {
        Optional<UnitDirectoryQuery.Entry> unit = request.unitCode().map(this::unit);
        RankingQuery.Ranking ranking = new RankingQuery(warehouse)
                .run(new RankingQuery.Request(request.indicator(), request.period()));
        List<RankingData.Row> rows = ranking.rows().stream()
                .filter(row -> request.filters().accepts(row.unit()))
                .map(row -> new RankingData.Row(row, unit(row.unit().code()).synthetic()))
                .toList();
        GroupView group = groups.view(request.group(), unit.orElse(null), ranking.frame().periodKey());
        return new RankingData(ranking.indicator(), ranking.frame(), ranking.cityMedian(), ranking.rows().size(), rows,
                request.filters(), group, request.unitCode(), stamp);
    }

    public ProfileData profile(ProfileRequest request) {
        UnitDirectoryQuery.Entry unit = unit(request.unitCode());
        UnitProfileQuery.Profile profile = new UnitProfileQuery(warehouse).run(
                new UnitProfileQuery.Request(unit.unit().code(), request.period(), UnitProfileQuery.DEFAULT_PEERS));
        GroupView group = groups.view(request.group(), unit, profile.frame().periodKey());
        int syntheticOthers = (int) directory.stream()
                .filter(e -> e.synthetic() && e.hasReports() && !e.unit().code().equals(unit.unit().code())).count();
        List<UnitProfileQuery.Line> lines = profile.withValues();
        return new ProfileData(unit, profile.frame(), lines, profile.lines().size() - lines.size(), group,
                syntheticOthers, stamp);
    }

    /**
     * The unit's value of one indicator in each period comparable with {@code frame} that ends by the end of
     * {@code frame} (a pack about a period does not show what came after it), oldest first.
     */
    public TrendData trend(String unitCode, String indicator, Frame frame, GroupView group) {
        List<Frame> frames = new FramesQuery(warehouse).all();
        IndicatorInfo info = null;
        List<TrendData.Point> points = new ArrayList<>();
        for (Frame f : frames.stream().filter(f -> !f.end().isAfter(frame.end()))
                .sorted(Comparator.comparing(Frame::end).thenComparing(Frame::start)).toList()) {
            RankingQuery.Ranking ranking = new RankingQuery(warehouse)
                    .run(new RankingQuery.Request(indicator, Optional.of(f.periodKey())));
            info = ranking.indicator();
            boolean comparable = LENGTH_FREE_UNITS.contains(info.unit()) || sameLength(f, frame);
            if (!comparable || ranking.rows().isEmpty()) {
                continue;
            }
            Double unitValue = ranking.of(unitCode).map(RankingQuery.Row::value).orElse(null);
            Double groupMedian = group.group() == ComparisonGroup.ALL ? null
                    : Optional.ofNullable(new GroupStatsQuery(warehouse).run(f.periodKey(), group.members())
                            .get(indicator)).map(GroupStatsQuery.Stats::median).orElse(null);
            points.add(new TrendData.Point(f, unitValue, ranking.cityMedian(), groupMedian));
        }
        if (info == null) {
            throw new IllegalStateException("the warehouse has no periods: no report was loaded");
        }
        return new TrendData(info, points);
    }

    private static boolean sameLength(Frame a, Frame b) {
        return a.months() != null && a.months().equals(b.months()) || a.periodKey().equals(b.periodKey());
    }
}

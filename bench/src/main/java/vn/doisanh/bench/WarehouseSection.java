package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import vn.doisanh.warehouse.query.CompareQuery;
import vn.doisanh.warehouse.query.PeerGroupQuery;
import vn.doisanh.warehouse.query.RankingQuery;
import vn.doisanh.warehouse.query.UnitProfileQuery;
import vn.doisanh.warehouse.query.Warehouse;

/** p50/p99 of the four dashboard queries on a warehouse, each beside its bare DuckDB query over the same Parquet. */
public final class WarehouseSection {
    static final String INDICATOR = "on_time_rate_pct";
    static final String UNIT = "10816";
    private final LatencySampler sampler;
    private final Log log;

    public WarehouseSection(LatencySampler sampler, Log log) {
        this.sampler = sampler;
        this.log = log;
    }

    public List<Figure> run(Path data, String scale) throws Exception {
        List<Figure> figures = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(data);
                BareQueries bare = new BareQueries(warehouse.snapshot().parquet())) {
            String period = bare.latestPeriod();
            String unit = bare.reportingUnit(period, UNIT);
            String note = unit.equals(UNIT) ? null : "Unit " + unit + ", the first that reported for " + period
                    + ": " + UNIT + " (xã Hà Bắc) has no values in this warehouse, and its empty profile measured"
                    + " nothing but scans on both sides.";
            List<String> five = new PeerGroupQuery(warehouse).run(new PeerGroupQuery.Request(unit, 4)).codes();
            List<String> compared = new ArrayList<>(List.of(unit));
            five.stream().filter(c -> !c.equals(unit)).limit(4).forEach(compared::add);
            figures.add(row("ranking", scale, () -> new RankingQuery(warehouse).run(
                    new RankingQuery.Request(INDICATOR, Optional.of(period))), () -> bare.ranking(period, INDICATOR),
                    null));
            figures.add(row("profile", scale, () -> new UnitProfileQuery(warehouse).run(
                    new UnitProfileQuery.Request(unit, Optional.of(period), 10)), () -> bare.profile(period, unit),
                    note));
            figures.add(row("compare (5 units)", scale, () -> new CompareQuery(warehouse).run(
                    new CompareQuery.Request(compared, List.of(), Optional.of(period))),
                    () -> bare.compare(period, compared),
                    note == null ? null : "Around unit " + unit + ", as the profile."));
            figures.add(row("peers (k = 10)", scale, () -> new PeerGroupQuery(warehouse).run(
                    new PeerGroupQuery.Request(unit, 10)), () -> bare.peers(unit, 10),
                    note == null ? null : "Of unit " + unit + ", as the profile."));
        }
        return figures;
    }

    private Figure row(String query, String scale, Callable<?> product, Callable<?> baseline, String note)
            throws Exception {
        Stats p = sampler.measure(product);
        Stats b = sampler.measure(baseline);
        log.line(String.format(Locale.ROOT, "warehouse %s: p50 %.2f ms p99 %.2f ms; bare p50 %.2f ms p99 %.2f ms",
                query, p.p50(), p.p99(), b.p50(), b.p99()));
        Double ratio = Ratio.of(p.p50(), b.p50());
        boolean holds = ratio != null && ratio <= 1.5 && p.p99() <= 30;
        return new Figure("warehouse " + query + ", " + scale,
                String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms (min %.2f, max %.2f, n=%d)", p.p50(), p.p99(),
                        p.min(), p.max(), p.n()),
                String.format(Locale.ROOT, "bare DuckDB over the Parquet: p50 %.2f ms, p99 %.2f ms", b.p50(), b.p99()),
                ratio, "≤ 1.5× the bare query (p50); p99 ≤ 30 ms", Verdict.of(holds), note);
    }
}

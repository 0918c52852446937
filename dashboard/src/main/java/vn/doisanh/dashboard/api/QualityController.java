package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import vn.doisanh.warehouse.query.QualityQuery;
import vn.doisanh.warehouse.query.ReadingQuery;

/**
 * Data-quality flags by unit, the quarantine of the last load, and how well each current report was read (its
 * unread numbers when one unit is asked for).
 */
public final class QualityController {
    private final Snapshots snapshots;
    private final Params params;

    public QualityController(Snapshots snapshots, Params params) {
        this.snapshots = snapshots;
        this.params = params;
    }

    public void quality(Context ctx) {
        Optional<String> unit = Optional.ofNullable(ctx.queryParam("unit")).filter(s -> !s.isBlank())
                .map(code -> params.unit(code, "unit").unit().code());
        Optional<String> period = params.optionalPeriod(ctx).map(f -> f.periodKey());
        List<QualityQuery.Flag> flags = new QualityQuery(snapshots.warehouse())
                .run(new QualityQuery.Request(unit, period));
        ReadingQuery.Result reading = new ReadingQuery(snapshots.warehouse())
                .run(new ReadingQuery.Request(unit, period));
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()),
                "flags", flags.stream().filter(f -> !"quarantine".equals(f.kind())).toList(),
                "quarantine", flags.stream().filter(f -> "quarantine".equals(f.kind())).toList(),
                "reading", reading.reports(), "unread", reading.unread()));
    }
}

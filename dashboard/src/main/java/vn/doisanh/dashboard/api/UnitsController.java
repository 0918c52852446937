package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.units.NameFolding;
import vn.doisanh.warehouse.query.EvidenceQuery;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.PeerGroupQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;

/** The unit directory with name search, a unit's evidence and its peers. The profile has its own controller. */
public final class UnitsController {
    private static final String PEER_METHOD = "Euclidean distance over the z-scores of ln(population) and "
            + "ln(area), plus 1 when the type (xã/phường/đặc khu) differs; all weights 1; population and area from "
            + "the registry.";
    private final Snapshots snapshots;
    private final Params params;

    public UnitsController(Snapshots snapshots, Params params) {
        this.snapshots = snapshots;
        this.params = params;
    }

    /** Search ignores case, diacritics and the xã/phường/đặc khu prefix: "ha bac" finds Xã Hà Bắc. */
    public void list(Context ctx) {
        String query = NameFolding.fold(Optional.ofNullable(ctx.queryParam("q")).orElse(""))
                .replaceFirst("^(xa|phuong|dac khu) ", "");
        ctx.json(snapshots.current().units().stream()
                .filter(u -> query.isEmpty() || NameFolding.fold(u.unit().name()).contains(query)
                        || u.unit().code().startsWith(query))
                .map(Json::unit).toList());
    }

    public void evidence(Context ctx) {
        UnitDirectoryQuery.Entry unit = params.unit(ctx.pathParam("code"), "code");
        Indicator indicator = params.indicator(ctx, null);
        Frame frame = params.period(ctx);
        List<EvidenceQuery.Evidence> facts = new EvidenceQuery(snapshots.warehouse()).run(unit.unit().code(),
                indicator.id(), frame);
        ctx.json(Json.object("unit", Json.unit(unit), "indicator", Json.indicator(indicator),
                "period", Json.period(frame), "facts", facts));
    }

    public void peers(Context ctx) {
        UnitDirectoryQuery.Entry unit = params.unit(ctx.pathParam("code"), "code");
        int k = params.integer(ctx, "k", 10, 1, 30);
        PeerGroupQuery.PeerGroup group = new PeerGroupQuery(snapshots.warehouse())
                .run(new PeerGroupQuery.Request(unit.unit().code(), k));
        List<Map<String, Object>> peers = group.peers().stream().map(p -> Json.object("rank", p.rank(),
                "unit", Json.unit(params.unit(p.unit().code(), "code")), "distance", p.distance(),
                "dzPopulation", p.dzPopulation(), "dzArea", p.dzArea(), "sameType", !p.typeDiffers())).toList();
        ctx.json(Json.object("snapshot", Json.snapshot(snapshots.current()), "unit", Json.unit(unit),
                "method", PEER_METHOD, "peers", peers));
    }
}

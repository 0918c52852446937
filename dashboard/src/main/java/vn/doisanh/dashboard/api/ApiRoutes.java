package vn.doisanh.dashboard.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.dashboard.auth.OpenRoute;
import vn.doisanh.warehouse.query.Warehouse;

/** The JSON API of docs/api.md: its routes and how errors are answered (400 with a code, never a bare 500). */
public final class ApiRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private final MetaController meta;
    private final UnitsController units;
    private final ProfileController profile;
    private final RankingController ranking;
    private final CompareController compare;
    private final QualityController quality;
    private final ExportController export;
    private final ResponseCache cache;
    private final Snapshots snapshots;

    public ApiRoutes(Catalogue catalogue, Warehouse warehouse) {
        this.snapshots = new Snapshots(warehouse);
        Params params = new Params(catalogue, snapshots);
        this.meta = new MetaController(catalogue, snapshots, params);
        this.units = new UnitsController(snapshots, params);
        this.profile = new ProfileController(snapshots, params);
        this.ranking = new RankingController(snapshots, params);
        this.compare = new CompareController(snapshots, params);
        this.quality = new QualityController(snapshots, params);
        this.export = new ExportController(snapshots, params);
        this.cache = new ResponseCache(snapshots);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/meta", cache.cached(meta::meta));
        routes.get("/api/indicators", cache.cached(meta::indicators));
        routes.get("/api/periods", cache.cached(meta::periods));
        // The login page is written in it, so it is open like the login itself.
        routes.get("/api/i18n", cache.cached(meta::messages), OpenRoute.ANYONE);
        routes.get("/api/units", cache.cached(units::list));
        routes.get("/api/units/{code}/profile", cache.cached(profile::profile));
        routes.get("/api/units/{code}/evidence", cache.cached(units::evidence));
        routes.get("/api/units/{code}/peers", cache.cached(units::peers));
        routes.get("/api/ranking", cache.cached(ranking::ranking));
        routes.get("/api/distribution", cache.cached(ranking::distribution));
        routes.get("/api/compare", cache.cached(compare::compare));
        routes.get("/api/funnel", cache.cached(compare::funnel));
        routes.get("/api/quality", cache.cached(quality::quality));
        routes.get("/api/export/ranking.csv", snapshots.pinned(export::rankingCsv));
        routes.get("/api/export/ranking.xlsx", snapshots.pinned(export::rankingXlsx));
        routes.get("/api/export/units/{code}/profile.csv", snapshots.pinned(export::profileCsv));
        routes.get("/api/export/units/{code}/profile.xlsx", snapshots.pinned(export::profileXlsx));
        routes.get("/api/export/units/{code}/pack.pptx", snapshots.pinned(export::packPptx));
        routes.get("/api/export/units/{code}/pack.pdf", snapshots.pinned(export::packPdf));
        routes.post("/api/export/table.xlsx", export::shownTableXlsx);
        routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.parameter()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_parameter", e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal_error", "the server could not answer; the error is in its log", null);
        });
        routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/")) {
                error(ctx, 404, "not_found", "no such API path: " + ctx.path(), null);
            }
        });
    }

    private static void error(Context ctx, int status, String code, String message, String parameter) {
        ctx.status(status).json(Map.of("error", parameter == null ? Map.of("code", code, "message", message)
                : Map.of("code", code, "message", message, "parameter", parameter)));
    }
}

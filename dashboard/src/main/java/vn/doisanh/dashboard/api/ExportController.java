package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.export.MeetingPack;
import vn.doisanh.export.PackRequest;
import vn.doisanh.export.ProfileRequest;
import vn.doisanh.export.RankingRequest;
import vn.doisanh.export.ShownTable;
import vn.doisanh.export.TableExport;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.RankingFilter;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;

/**
 * Downloads for meetings: tables as CSV (UTF-8 with BOM) and XLSX, and a unit's meeting pack as PowerPoint or PDF,
 * built by the export module from the warehouse. Each file is built whole in memory before anything is sent, so a
 * bad parameter is still a clean 400 and never half a file.
 */
public final class ExportController {
    private static final String CSV = "text/csv; charset=utf-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String PDF = "application/pdf";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Snapshots snapshots;
    private final Params params;

    public ExportController(Snapshots snapshots, Params params) {
        this.snapshots = snapshots;
        this.params = params;
    }

    @FunctionalInterface
    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    public void rankingCsv(Context ctx) throws IOException {
        RankingRequest request = rankingRequest(ctx);
        send(ctx, CSV, "doi-sanh_xep-hang_" + request.indicator() + "_" + periodKey(request.period()) + ".csv",
                out -> TableExport.rankingCsv(snapshots.warehouse(), request, out));
    }

    public void rankingXlsx(Context ctx) throws IOException {
        RankingRequest request = rankingRequest(ctx);
        send(ctx, XLSX, "doi-sanh_xep-hang_" + request.indicator() + "_" + periodKey(request.period()) + ".xlsx",
                out -> TableExport.rankingXlsx(snapshots.warehouse(), request, out));
    }

    public void profileCsv(Context ctx) throws IOException {
        ProfileRequest request = profileRequest(ctx);
        send(ctx, CSV, "doi-sanh_ho-so_" + request.unitCode() + "_" + periodKey(request.period()) + ".csv",
                out -> TableExport.profileCsv(snapshots.warehouse(), request, out));
    }

    public void profileXlsx(Context ctx) throws IOException {
        ProfileRequest request = profileRequest(ctx);
        send(ctx, XLSX, "doi-sanh_ho-so_" + request.unitCode() + "_" + periodKey(request.period()) + ".xlsx",
                out -> TableExport.profileXlsx(snapshots.warehouse(), request, out));
    }

    public void packPptx(Context ctx) throws IOException {
        PackRequest request = packRequest(ctx);
        send(ctx, PPTX, "doi-sanh_goi-hop_" + request.unitCode() + "_" + periodKey(request.period()) + ".pptx",
                out -> MeetingPack.pptx(snapshots.warehouse(), request, out));
    }

    public void packPdf(Context ctx) throws IOException {
        PackRequest request = packRequest(ctx);
        send(ctx, PDF, "doi-sanh_goi-hop_" + request.unitCode() + "_" + periodKey(request.period()) + ".pdf",
                out -> MeetingPack.pdf(snapshots.warehouse(), request, out));
    }

    /** A table as the page shows it, sent back as JSON, returned as XLSX: for tables without a query of their own. */
    public void shownTableXlsx(Context ctx) throws IOException {
        ShownTable table;
        try {
            table = JSON.readValue(ctx.bodyAsBytes(), ShownTable.class);
        } catch (IOException e) {
            throw new BadRequest("bad_parameter", "body", "the body must be a table as JSON: {title, lines, synthetic, "
                    + "rows} (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
        String name = "doi-sanh_" + Optional.ofNullable(ctx.queryParam("name")).filter(n -> n.matches("[a-z0-9._-]{1,120}"))
                .orElse("bang") + ".xlsx";
        send(ctx, XLSX, name, out -> TableExport.shownTableXlsx(table, out));
    }

    private RankingRequest rankingRequest(Context ctx) {
        Indicator indicator = params.indicator(ctx, RankingController.DEFAULT_INDICATOR);
        Frame frame = params.period(ctx);
        Optional<String> unit = Optional.ofNullable(ctx.queryParam("unit")).filter(s -> !s.isBlank())
                .map(code -> params.unit(code, "unit").unit().code());
        RankingFilter filters = params.rankingFilter(ctx);
        return new RankingRequest(indicator.id(), Optional.of(frame.periodKey()), filters, params.group(ctx), unit);
    }

    private ProfileRequest profileRequest(Context ctx) {
        UnitDirectoryQuery.Entry unit = params.unit(ctx.pathParam("code"), "code");
        return new ProfileRequest(unit.unit().code(), params.optionalPeriod(ctx).map(Frame::periodKey), params.group(ctx));
    }

    private PackRequest packRequest(Context ctx) {
        UnitDirectoryQuery.Entry unit = params.unit(ctx.pathParam("code"), "code");
        return new PackRequest(unit.unit().code(), params.optionalPeriod(ctx).map(Frame::periodKey), params.group(ctx),
                params.indicator(ctx, PackRequest.DEFAULT_INDICATOR).id());
    }

    private static String periodKey(Optional<String> period) {
        return period.orElse("latest");
    }

    private static void send(Context ctx, String type, String fileName, Writer writer) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writer.write(file);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType(type).result(file.toByteArray());
    }
}

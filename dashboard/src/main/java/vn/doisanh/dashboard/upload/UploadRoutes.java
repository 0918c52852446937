package vn.doisanh.dashboard.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doisanh.dashboard.RouteModule;
import vn.doisanh.dashboard.auth.AuditLog;
import vn.doisanh.dashboard.auth.Principal;
import vn.doisanh.dashboard.auth.Role;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.warehouse.landing.LandedFile;
import vn.doisanh.warehouse.landing.LandingZone;
import vn.doisanh.warehouse.load.LoadHistory;
import vn.doisanh.warehouse.load.LoadRecord;

/**
 * Issue 8's routes, analysts only: the /uploads page, uploading and previewing reports, loading accepted ones
 * through the ETL, the load history, and restoring a kept snapshot. Errors answer
 * {@code {"error": {"code", "message"}}} like the rest of the API.
 */
public final class UploadRoutes implements RouteModule {
    static final int MAX_FILES = 10;
    /** Jetty reads this request attribute for the limits of one multipart request (Javalin only sets it if absent). */
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final Logger LOG = LoggerFactory.getLogger(UploadRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Uploads uploads;
    private final LoadRunner loads;
    private volatile String page;

    public UploadRoutes(Uploads uploads, LoadRunner loads) {
        this.uploads = uploads;
        this.loads = loads;
    }

    /**
     * Everything wired for one data folder.
     *
     * @param data  the folder the dashboard serves (the ETL's {@code --out})
     * @param etl   how to start the ETL ({@link EtlProcess#launcher} in production)
     * @param audit where uploads, loads and restores are recorded
     * @param clock "now" for records and for refusing reports of periods that have not begun
     */
    public static UploadRoutes create(Path data, EtlProcess etl, AuditLog audit, Clock clock) {
        LandingZone landing = new LandingZone(data);
        Uploads uploads = new Uploads(landing, new Previewer(ReportExtractor.standard(), clock), audit, clock);
        return new UploadRoutes(uploads, new LoadRunner(data, landing, new LoadHistory(data), etl, audit, clock));
    }

    public LoadRunner loads() {
        return loads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/uploads", this::page, Role.ANALYST);
        routes.post("/api/uploads", guarded(this::upload), Role.ANALYST);
        routes.post("/api/uploads/{sha}/given", guarded(this::give), Role.ANALYST);
        routes.get("/api/loads", guarded(this::history), Role.ANALYST);
        routes.post("/api/loads", guarded(this::startLoad), Role.ANALYST);
        routes.get("/api/loads/{id}", guarded(this::load), Role.ANALYST);
        routes.get("/api/snapshots", guarded(this::snapshots), Role.ANALYST);
        routes.post("/api/snapshots/{id}/restore", guarded(this::restore), Role.ANALYST);
    }

    void upload(Context ctx) throws IOException {
        if (!ctx.isMultipartFormData()) {
            throw Refusal.bad("not_multipart", "send the files as multipart/form-data");
        }
        long maxRequest = MAX_FILES * (Uploads.MAX_BYTES + 64 * 1024);
        if (ctx.req().getContentLengthLong() > maxRequest) {
            throw new Refusal(413, "too_large", "the request is larger than " + (maxRequest >> 20) + " MB; send at most "
                    + MAX_FILES + " files of at most " + (Uploads.MAX_BYTES >> 20) + " MB each");
        }
        Path incoming = Files.createDirectories(uploads.landing().root().resolve(".incoming"));
        ctx.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(incoming.toString(), Uploads.MAX_BYTES,
                maxRequest, 1024 * 1024));
        List<Part> files = fileParts(ctx);
        Optional<String> who = who(ctx);
        List<UploadPreview> previews = new ArrayList<>();
        try {
            for (Part part : files) {
                try (InputStream in = part.getInputStream()) {
                    previews.add(uploads.receive(in, part.getSubmittedFileName(), who));
                }
            }
        } finally {
            for (Part part : files) {
                part.delete();
            }
        }
        ctx.json(Map.of("files", previews));
    }

    /** The file parts; a part over the size limit stops Jetty while it streams, before it is all received. */
    private static List<Part> fileParts(Context ctx) {
        Collection<Part> parts;
        try {
            parts = ctx.req().getParts();
        } catch (Exception e) {
            if (isSizeLimit(e)) {
                throw new Refusal(413, "too_large", "a file is larger than " + (Uploads.MAX_BYTES >> 20) + " MB, the "
                        + "most a report may have (" + ReportExtractor.MAX_BYTES + " bytes); nothing was received");
            }
            throw Refusal.bad("bad_multipart", "the upload cannot be read as multipart/form-data: " + e.getMessage());
        }
        List<Part> files = parts.stream().filter(p -> p.getSubmittedFileName() != null).toList();
        if (files.isEmpty()) {
            throw Refusal.bad("no_files", "the request holds no file");
        }
        if (files.size() > MAX_FILES) {
            files.forEach(UploadRoutes::deleteQuietly);
            throw Refusal.bad("too_many_files", "send at most " + MAX_FILES + " files at once, not " + files.size());
        }
        return files;
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max file size") || message.contains("max request size")
                    || message.contains("exceeds") && message.contains("size")) {
                return true;
            }
        }
        return false;
    }

    /** {"unit": code or name, "period": "2025-Q3"…}: for a held report, what its text does not say. */
    void give(Context ctx) throws IOException {
        String sha = ctx.pathParam("sha");
        if (!LandingZone.isHash(sha) || uploads.landing().find(sha).isEmpty()) {
            throw new Refusal(404, "unknown_file", "no uploaded file has the hash '" + sha + "'");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw Refusal.bad("bad_json", "the body must be JSON: {\"unit\": …, \"period\": …}");
        }
        String unit = body == null || !body.hasNonNull("unit") ? null : body.get("unit").asText();
        String period = body == null || !body.hasNonNull("period") ? null : body.get("period").asText();
        if ((unit == null || unit.isBlank()) && (period == null || period.isBlank())) {
            throw Refusal.bad("nothing_given", "give the report's unit, its period or both");
        }
        try {
            ctx.json(uploads.give(sha, unit, period, who(ctx)));
        } catch (IllegalArgumentException e) {
            throw Refusal.bad("bad_given", e.getMessage());
        }
    }

    void startLoad(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw Refusal.bad("bad_json", "the body must be JSON: {\"files\": [sha256, …]}");
        }
        JsonNode list = body == null ? null : body.get("files");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw Refusal.bad("no_files", "give the files to load: {\"files\": [sha256, …]}");
        }
        Set<String> hashes = new LinkedHashSet<>();
        list.forEach(node -> hashes.add(node.asText()));
        List<LoadRunner.Accepted> accepted = new ArrayList<>();
        for (String sha : hashes) {
            LandedFile file = uploads.landing().find(sha)
                    .orElseThrow(() -> Refusal.bad("unknown_file", "no uploaded file has the hash '" + sha + "'"));
            UploadPreview preview = uploads.preview(sha).orElseThrow();
            if (!preview.accepted()) {
                throw Refusal.bad("not_accepted", file.originalName() + " cannot be loaded: " + preview.verdict().reason());
            }
            accepted.add(new LoadRunner.Accepted(file, preview));
        }
        ctx.status(202).json(loads.start(accepted, who(ctx)));
    }

    void history(Context ctx) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("running", loads.running().orElse(null));
        json.put("loads", loads.history().all());
        ctx.json(json);
    }

    void load(Context ctx) {
        String id = ctx.pathParam("id");
        LoadRecord record = loads.history().find(id)
                .orElseThrow(() -> new Refusal(404, "unknown_load", "no load has the id '" + id + "'"));
        ctx.json(record);
    }

    void snapshots(Context ctx) {
        List<LoadRunner.KeptSnapshot> kept = loads.snapshots();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("current", kept.stream().filter(LoadRunner.KeptSnapshot::current).map(LoadRunner.KeptSnapshot::id)
                .findFirst().orElse(null));
        json.put("snapshots", kept);
        ctx.json(json);
    }

    void restore(Context ctx) {
        ctx.json(loads.restore(ctx.pathParam("id"), who(ctx)));
    }

    void page(Context ctx) {
        if (page == null) {
            try (InputStream in = UploadRoutes.class.getResourceAsStream("/public/uploads.html")) {
                if (in == null) {
                    throw new IllegalStateException("page uploads.html is missing from the classpath");
                }
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ctx.html(page);
    }

    private static Optional<String> who(Context ctx) {
        return Principal.of(ctx).map(Principal::username);
    }

    /** Answers a refusal with its status and code, anything else with a 500 whose cause goes to the log. */
    private static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Refusal e) {
                error(ctx, e.status(), e.code(), e.getMessage());
            } catch (Exception e) {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "the server could not answer; the error is in its log");
            }
        };
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(Map.of("error", Map.of("code", code, "message", message)));
    }

    private static void deleteQuietly(Part part) {
        try {
            part.delete();
        } catch (IOException e) {
            // Jetty removes its temporary files at the end of the request anyway
        }
    }
}

package vn.doisanh.dashboard.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.security.RouteRole;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.dashboard.api.ApiRoutes;
import vn.doisanh.dashboard.auth.Principal;
import vn.doisanh.dashboard.auth.Role;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * A Javalin app for the upload tests, built like DashboardApp but with a stand-in for the real authentication: the
 * user is the {@code X-Test-Role} header's role ({@code anonymous} for nobody), else {@code defaultRole}; a route
 * registered with roles admits only those, and every POST must carry the session's CSRF token.
 */
public final class UploadTestApp {
    public static final String CSRF = "test-csrf-token";

    private UploadTestApp() {
    }

    public static Javalin create(UploadRoutes uploads, Optional<Warehouse> warehouse, Optional<Role> defaultRole) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(new ObjectMapper().registerModule(new JavaTimeModule())
                    .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS), false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public/assets";
                files.location = Location.CLASSPATH;
            });
            config.routes.beforeMatched(ctx -> authorise(ctx, defaultRole));
            config.routes.get("/api/session", ctx -> {
                Optional<Principal> user = Principal.of(ctx);
                ctx.json(Map.of("publicReadOnly", false, "csrfToken", user.isPresent() ? CSRF : "",
                        "user", user.<Object>map(p -> Map.of("username", p.username(),
                                "role", p.role().name().toLowerCase())).orElse(Map.of())));
            });
            warehouse.ifPresent(w -> new ApiRoutes(Catalogue.load(), w).register(config.routes));
            uploads.register(config.routes);
        });
    }

    private static void authorise(Context ctx, Optional<Role> defaultRole) {
        String header = ctx.header("X-Test-Role");
        Optional<Role> role = header == null ? defaultRole
                : "anonymous".equals(header) ? Optional.empty() : Optional.of(Role.valueOf(header));
        role.ifPresent(r -> new Principal("test-" + r.name().toLowerCase(), r,
                r == Role.LEADER ? Optional.of("10816") : Optional.empty()).attachTo(ctx));
        Set<RouteRole> allowed = ctx.routeRoles();
        if (!allowed.isEmpty() && (role.isEmpty() || !allowed.contains(role.get()))) {
            refuse(ctx, role.isEmpty() ? 401 : 403, role.isEmpty() ? "sign_in" : "forbidden");
            return;
        }
        if (ctx.method() == HandlerType.POST && !CSRF.equals(ctx.header("X-CSRF-Token"))) {
            refuse(ctx, 403, "csrf");
        }
    }

    private static void refuse(Context ctx, int status, String code) {
        ctx.status(status).json(Map.of("error", Map.of("code", code, "message", code)));
        ctx.skipRemainingHandlers();
    }
}

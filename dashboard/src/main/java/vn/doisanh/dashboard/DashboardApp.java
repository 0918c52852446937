package vn.doisanh.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.util.List;
import java.util.Set;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.dashboard.api.ApiRoutes;
import vn.doisanh.dashboard.auth.Access;
import vn.doisanh.dashboard.pages.PageRoutes;
import vn.doisanh.warehouse.query.Warehouse;

/** The dashboard: pages, the JSON API over the warehouse, ECharts from its WebJar, and the security headers. */
public final class DashboardApp {
    private DashboardApp() {
    }

    /** A route as registered: method, path and roles (empty for a read route). */
    public record RegisteredEndpoint(HandlerType method, String path, Set<RouteRole> roles) {
    }

    /** The public read-only dashboard: no accounts, every read route open, nothing changes (tests use it). */
    public static Javalin create(Warehouse warehouse) {
        return create(warehouse, Access.publicReadOnly(), List.of());
    }

    /**
     * The dashboard with its access rules and extra feature modules (uploads, loads, administration), each
     * registering its own routes; a route registered with roles is admitted to those roles only.
     */
    public static Javalin create(Warehouse warehouse, Access access, List<RouteModule> modules) {
        ApiRoutes api = new ApiRoutes(Catalogue.load(), warehouse);
        PageRoutes pages = new PageRoutes();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public/assets";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            access.install(config.routes);
            config.routes.get("/", pages::overview);
            config.routes.get("/units/{code}", pages::unit);
            config.routes.get("/units/{code}/peers", pages::peers);
            config.routes.get("/compare", pages::compare);
            config.routes.get("/indicators", pages::indicators);
            config.routes.get("/quality", pages::quality);
            api.register(config.routes);
            modules.forEach(module -> module.register(config.routes));
        });
    }

    /** Every HTTP route of an app with its roles, so tests can check each one whatever module added it. */
    public static List<RegisteredEndpoint> endpoints(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(DashboardApp::describe)
                .toList();
    }

    private static RegisteredEndpoint describe(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return new RegisteredEndpoint(endpoint.method, endpoint.path, roles == null ? Set.of() : Set.copyOf(roles.getRoles()));
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}

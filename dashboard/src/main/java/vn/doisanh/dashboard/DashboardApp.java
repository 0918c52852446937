package vn.doisanh.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.dashboard.api.ApiRoutes;
import vn.doisanh.dashboard.pages.PageRoutes;
import vn.doisanh.warehouse.query.Warehouse;

/** The dashboard: pages, the JSON API over the warehouse, ECharts from its WebJar, and the security headers. */
public final class DashboardApp {
    private DashboardApp() {
    }

    public static Javalin create(Warehouse warehouse) {
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
            config.routes.get("/", pages::overview);
            config.routes.get("/units/{code}", pages::unit);
            config.routes.get("/units/{code}/peers", pages::peers);
            config.routes.get("/compare", pages::compare);
            config.routes.get("/indicators", pages::indicators);
            config.routes.get("/quality", pages::quality);
            api.register(config.routes);
        });
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}

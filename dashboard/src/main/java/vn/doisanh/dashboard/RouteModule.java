package vn.doisanh.dashboard;

import io.javalin.config.RoutesConfig;

/** A feature's routes (pages and API), registered into the one Javalin app by {@link DashboardApp}. */
@FunctionalInterface
public interface RouteModule {
    void register(RoutesConfig routes);
}

package vn.doisanh.dashboard.auth;

import io.javalin.security.RouteRole;

/**
 * What a signed-in user may do. A route registered without roles is a read route: any signed-in user (or anyone,
 * when the dashboard runs with {@code --public-read-only}). A route registered with roles admits only those.
 */
public enum Role implements RouteRole {
    /** Reads everything, uploads reports and runs loads, restores snapshots. */
    ANALYST,
    /** Bound to one unit: reads every page with that unit pre-selected; changes nothing. */
    LEADER,
    /** Manages users; reads every page. */
    ADMIN
}

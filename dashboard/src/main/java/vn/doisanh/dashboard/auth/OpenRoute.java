package vn.doisanh.dashboard.auth;

import io.javalin.security.RouteRole;

/**
 * Marks a route anyone may call without signing in: the login page and its API, the session answer and the
 * message bundle the login page is written in. Everything else needs a session (or public read-only mode).
 */
public enum OpenRoute implements RouteRole {
    ANYONE
}

package vn.doisanh.dashboard.pages;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages: static HTML shells (public/*.html) whose scripts read their state from the URL and fill themselves
 * from the API. Served as HTML so that every route, including /units/10816, is a real, shareable address.
 */
public final class PageRoutes {
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public void overview(Context ctx) {
        serve(ctx, "overview.html");
    }

    public void unit(Context ctx) {
        serve(ctx, "unit.html");
    }

    public void peers(Context ctx) {
        serve(ctx, "peers.html");
    }

    public void compare(Context ctx) {
        serve(ctx, "compare.html");
    }

    public void indicators(Context ctx) {
        serve(ctx, "indicators.html");
    }

    public void quality(Context ctx) {
        serve(ctx, "quality.html");
    }

    private void serve(Context ctx, String page) {
        ctx.html(cache.computeIfAbsent(page, PageRoutes::read));
    }

    private static String read(String page) {
        try (InputStream in = PageRoutes.class.getResourceAsStream("/public/" + page)) {
            if (in == null) {
                throw new IllegalStateException("page " + page + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

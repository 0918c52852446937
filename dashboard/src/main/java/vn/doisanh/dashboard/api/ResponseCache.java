package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers of the read-only JSON API, kept per snapshot. A published snapshot never changes, so the same request
 * gets the same answer until the next publish; when the served snapshot changes, the cache starts over. Bounded
 * (least recently used out), and only successful answers are kept.
 */
final class ResponseCache {
    private static final int MAX_ENTRIES = 2000;
    private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private record Answer(String contentType, byte[] body) {
    }

    private final Snapshots snapshots;
    private final Map<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private String snapshotId = "";

    ResponseCache(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The handler, answered from the cache when it can, and always from one snapshot (see Snapshots.pin). */
    Handler cached(Handler handler) {
        return snapshots.pinned(ctx -> {
            String key = key(ctx);
            Answer hit = lookup(key);
            if (hit != null) {
                ctx.contentType(hit.contentType()).result(hit.body());
                return;
            }
            handler.handle(ctx);
            store(key, ctx);
        });
    }

    /** The snapshot in the key too: a request that raced a publish can never store an old answer under a new id. */
    private String key(Context ctx) {
        Map<String, String> query = new TreeMap<>();
        ctx.queryParamMap().forEach((name, values) -> query.put(name, String.join(",", values)));
        return snapshots.current().id() + " " + ctx.path() + "?" + query;
    }

    private synchronized Answer lookup(String key) {
        String current = snapshots.current().id();
        if (!current.equals(snapshotId)) {
            answers.clear();
            snapshotId = current;
        }
        return answers.get(key);
    }

    /** Reads the answer the handler wrote (a stream that can be read once) and puts it back for the client. */
    private void store(String key, Context ctx) throws java.io.IOException {
        if (ctx.status().getCode() != 200 || ctx.resultInputStream() == null) {
            return;
        }
        byte[] body;
        try (java.io.InputStream in = ctx.resultInputStream()) {
            body = in.readAllBytes();
        }
        ctx.result(body);
        if (body.length <= MAX_BODY_BYTES) {
            keep(key, new Answer(ctx.res().getContentType(), body));
        }
    }

    private synchronized void keep(String key, Answer answer) {
        if (key.startsWith(snapshotId + " ")) {
            answers.put(key, answer);
        }
    }
}

package vn.doisanh.dashboard.api;

import io.javalin.http.Handler;
import java.util.Comparator;
import java.util.List;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.FramesQuery;
import vn.doisanh.warehouse.query.QualityQuery;
import vn.doisanh.warehouse.query.SnapshotInfoQuery;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * What every request needs about the served snapshot (its units, periods and identity), read once per snapshot:
 * when the ETL publishes a new one, the next request sees it whole, and never a mix of two. A request
 * {@link #pin() pins} the snapshot it started on: until it ends, {@link #current()} and {@link #warehouse()} on its
 * thread give that snapshot, whatever is published meanwhile ({@link #pinned} wraps a handler in a pin).
 */
public final class Snapshots {
    private final Warehouse warehouse;
    private volatile Current current;
    private final ThreadLocal<Pinned> pinned = new ThreadLocal<>();

    private record Pinned(Current current, Warehouse warehouse) {
    }

    /** Ends a pin: the thread sees the newest snapshot again. */
    private interface Pin extends AutoCloseable {
        @Override
        void close();
    }

    /** The cached facts of one snapshot. */
    public record Current(String id, SnapshotInfoQuery.Info info, List<UnitDirectoryQuery.Entry> units,
                          List<Frame> frames, Frame defaultFrame, List<QualityQuery.Flag> flags) {
    }

    public Snapshots(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.current = load();
    }

    /** The warehouse to query: on a pinned thread, fixed on the pinned snapshot. */
    public Warehouse warehouse() {
        Pinned pin = pinned.get();
        return pin == null ? warehouse : pin.warehouse();
    }

    /**
     * Fixes this thread on the newest published snapshot until the returned pin is closed (one request). Pins do
     * not nest: an inner pin keeps the outer one's snapshot.
     */
    private Pin pin() {
        if (pinned.get() != null) {
            return () -> { };
        }
        while (true) {
            Current now = current();
            Warehouse fixed = warehouse.pin();
            if (fixed.snapshot().id().equals(now.id())) {
                pinned.set(new Pinned(now, fixed));
                return () -> {
                    pinned.remove();
                    fixed.close();
                };
            }
            fixed.close(); // published between the two reads: try again on the newer one
        }
    }

    /** The handler, run pinned to one snapshot from start to end (a download built from several queries). */
    public Handler pinned(Handler handler) {
        return ctx -> {
            try (Pin pin = pin()) {
                handler.handle(ctx);
            }
        };
    }

    /** Switches to a newly published snapshot, if any; cheap when nothing changed. On a pinned thread, its pin. */
    public Current current() {
        Pinned pin = pinned.get();
        if (pin != null) {
            return pin.current();
        }
        Current seen = current;
        if (warehouse.refresh() || !seen.id().equals(warehouse.snapshot().id())) {
            seen = load();
            current = seen;
        }
        return seen;
    }

    /** Reads all of it from one snapshot, even if another is published while it reads. */
    private Current load() {
        try (Warehouse fixed = warehouse.pin()) {
            List<Frame> frames = new FramesQuery(fixed).all().stream()
                    .sorted(Comparator.comparing(Frame::end).reversed().thenComparing(Frame::start)).toList();
            return new Current(fixed.snapshot().id(), new SnapshotInfoQuery(fixed).run(),
                    new UnitDirectoryQuery(fixed).run(), frames, new FramesQuery(fixed).resolve(java.util.Optional.empty()),
                    new QualityQuery(fixed).run(QualityQuery.Request.all()));
        }
    }
}

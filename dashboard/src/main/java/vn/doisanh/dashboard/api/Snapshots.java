package vn.doisanh.dashboard.api;

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
 * when the ETL publishes a new one, the next request sees it whole, and never a mix of two.
 */
public final class Snapshots {
    private final Warehouse warehouse;
    private volatile Current current;

    /** The cached facts of one snapshot. */
    public record Current(String id, SnapshotInfoQuery.Info info, List<UnitDirectoryQuery.Entry> units,
                          List<Frame> frames, Frame defaultFrame, List<QualityQuery.Flag> flags) {
    }

    public Snapshots(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.current = load();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** Switches to a newly published snapshot, if any; cheap when nothing changed. */
    public Current current() {
        if (warehouse.refresh() || !current.id().equals(warehouse.snapshot().id())) {
            current = load();
        }
        return current;
    }

    private Current load() {
        List<Frame> frames = new FramesQuery(warehouse).all().stream()
                .sorted(Comparator.comparing(Frame::end).reversed().thenComparing(Frame::start)).toList();
        return new Current(warehouse.snapshot().id(), new SnapshotInfoQuery(warehouse).run(),
                new UnitDirectoryQuery(warehouse).run(), frames, new FramesQuery(warehouse).resolve(java.util.Optional.empty()),
                new QualityQuery(warehouse).run(QualityQuery.Request.all()));
    }
}

package vn.doisanh.warehouse.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.sql.DuckDb;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/**
 * The read side of the warehouse: the published snapshot, opened read-only, handing out one connection per
 * request (a DuckDB connection is not thread-safe; duplicates of one root connection share the database). The
 * queries of this package take theirs from a per-snapshot pool that keeps connections with their prepared
 * statements, and read units, indicators and frames from the snapshot's {@link Dimensions}, loaded once.
 * {@link #refresh()} moves to a newly published snapshot: requests already running keep their connection to the
 * old one (a duplicate outlives its root), new requests get the new one, and nobody sees a half-built warehouse
 * because snapshots are complete before they are published.
 */
public final class Warehouse implements AutoCloseable {
    private final Optional<SnapshotStore> store;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private Opened opened;

    /**
     * An open snapshot with its pool of request connections; its dimensions are read on first use, once. It is
     * closed when it has been replaced (or its warehouse closed) and the last request pinned to it is done: a
     * request pinned to it keeps taking pooled connections, with their prepared statements, until it ends.
     */
    private static final class Opened {
        private final Snapshot snapshot;
        private final DuckDBConnection root;
        private final ConnectionPool pool;
        private Dimensions dimensions;
        private int users = 1; // the warehouse serving it, plus one per pin

        Opened(Snapshot snapshot, DuckDBConnection root) {
            this.snapshot = snapshot;
            this.root = root;
            this.pool = new ConnectionPool(root);
        }

        Snapshot snapshot() {
            return snapshot;
        }

        DuckDBConnection root() {
            return root;
        }

        synchronized void acquire() {
            if (users == 0) {
                throw new IllegalStateException("snapshot " + snapshot.id() + " is closed");
            }
            users++;
        }

        /** Called once by each holder; the last one closes the snapshot. */
        void release() {
            synchronized (this) {
                if (--users > 0) {
                    return;
                }
            }
            pool.retire();
            try {
                root.close();
            } catch (SQLException e) {
                // nothing to do: the process keeps running on the new snapshot
            }
        }

        synchronized Dimensions dimensions(Connection connection) throws SQLException {
            if (dimensions == null) {
                dimensions = Dimensions.load(connection);
            }
            return dimensions;
        }
    }

    private Warehouse(Optional<SnapshotStore> store, Opened opened) {
        this.store = store;
        this.opened = opened;
    }

    /** Opens the current snapshot of a data folder (the ETL's {@code --out}). */
    public static Warehouse open(Path dataDir) {
        SnapshotStore store = new SnapshotStore(dataDir);
        Snapshot snapshot = store.current().orElseThrow(() -> new IllegalStateException("no warehouse in "
                + store.root() + ": it has no '" + SnapshotStore.CURRENT + "' snapshot yet (run ./doisanh etl "
                + "--in REPORTS --out " + dataDir + ")"));
        return new Warehouse(Optional.of(store), openReadOnly(snapshot));
    }

    /** Opens one snapshot folder as it is, with no switching (tests, and looking at an old snapshot). */
    public static Warehouse openSnapshot(Path snapshotDir) {
        Path dir = snapshotDir.toAbsolutePath().normalize();
        return new Warehouse(Optional.empty(), openReadOnly(new Snapshot(dir.getFileName().toString(), dir)));
    }

    /** A new connection for one request or thread; the caller closes it. */
    public Connection connect() throws SQLException {
        swap.readLock().lock();
        try {
            if (opened == null) {
                throw new IllegalStateException("the warehouse is closed");
            }
            return opened.root().duplicate();
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * This warehouse fixed on the snapshot it serves now, for one request: every connection of the pinned one comes
     * from that snapshot, even after a newer one is published and {@link #refresh()} moves on, so an answer built
     * from several queries never mixes two snapshots. It shares the snapshot's pool and dimensions, and keeps the
     * snapshot open until it is closed; close it when the request is done.
     */
    public Warehouse pin() {
        swap.readLock().lock();
        try {
            if (opened == null) {
                throw new IllegalStateException("the warehouse is closed");
            }
            opened.acquire();
            return new Warehouse(Optional.empty(), opened);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** A pooled connection and the dimensions of the same snapshot, for one request; the caller closes it. */
    Session session() throws SQLException {
        swap.readLock().lock();
        try {
            if (opened == null) {
                throw new IllegalStateException("the warehouse is closed");
            }
            PooledConnection connection = opened.pool.take();
            try {
                return new Session(opened.pool, connection, opened.dimensions(connection.connection()));
            } catch (SQLException | RuntimeException e) {
                opened.pool.giveBack(connection, false);
                throw e;
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    public Snapshot snapshot() {
        swap.readLock().lock();
        try {
            return Objects.requireNonNull(opened, "the warehouse is closed").snapshot();
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Switches to the published snapshot if it changed; true if it did. Cheap enough to call per request. */
    public synchronized boolean refresh() {
        if (store.isEmpty()) {
            return false;
        }
        Optional<Snapshot> published = store.get().current();
        if (published.isEmpty() || published.get().dir().equals(snapshot().dir())) {
            return false;
        }
        Opened fresh = openReadOnly(published.get());
        Opened old;
        swap.writeLock().lock();
        try {
            old = opened;
            opened = fresh;
        } finally {
            swap.writeLock().unlock();
        }
        closeQuietly(old);
        return true;
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            closeQuietly(opened);
            opened = null;
        } finally {
            swap.writeLock().unlock();
        }
    }

    private static Opened openReadOnly(Snapshot snapshot) {
        if (!Files.isRegularFile(snapshot.database())) {
            throw new IllegalStateException("snapshot " + snapshot.dir() + " has no " + Snapshot.DATABASE);
        }
        try {
            Connection connection = DuckDb.open(snapshot.database(), true);
            return new Opened(snapshot, connection.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + snapshot.database() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Opened opened) {
        if (opened != null) {
            opened.release();
        }
    }
}

package vn.doisanh.warehouse.query;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.duckdb.DuckDBConnection;

/**
 * Idle connections to one snapshot, duplicates of its root connection. A request takes one (or a new duplicate when
 * none is idle) and gives it back; at most {@link #MAX_IDLE} are kept, the rest are closed. When the snapshot is
 * retired (a newer one was published, or the warehouse closed) the idle ones are closed and those still in use are
 * closed as they come back, so no connection keeps an old snapshot open longer than its request.
 */
final class ConnectionPool {
    static final int MAX_IDLE = 16;

    private final DuckDBConnection root;
    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private boolean retired;

    ConnectionPool(DuckDBConnection root) {
        this.root = root;
    }

    PooledConnection take() throws SQLException {
        synchronized (this) {
            if (retired) {
                throw new IllegalStateException("the snapshot was closed");
            }
            PooledConnection connection = idle.pollFirst();
            if (connection != null) {
                return connection;
            }
        }
        return new PooledConnection(root.duplicate());
    }

    /** {@code reusable} is false after a failed statement: that connection is closed rather than kept. */
    void giveBack(PooledConnection connection, boolean reusable) {
        synchronized (this) {
            if (reusable && !retired && idle.size() < MAX_IDLE) {
                idle.addFirst(connection);
                return;
            }
        }
        connection.close();
    }

    /** Closes the idle connections; those in use are closed when they are given back. */
    void retire() {
        Deque<PooledConnection> closing;
        synchronized (this) {
            retired = true;
            closing = new ArrayDeque<>(idle);
            idle.clear();
        }
        closing.forEach(PooledConnection::close);
    }
}

package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One request's pooled connection and the dimensions of the same snapshot, taken together so that a snapshot switch
 * between the two cannot pair one snapshot's units with another's rows. Closing gives the connection back.
 */
final class Session implements AutoCloseable {
    private final ConnectionPool pool;
    private final PooledConnection pooled;
    private final Dimensions dimensions;
    private boolean failed;

    Session(ConnectionPool pool, PooledConnection pooled, Dimensions dimensions) {
        this.pool = pool;
        this.pooled = pooled;
        this.dimensions = dimensions;
    }

    Dimensions dimensions() {
        return dimensions;
    }

    /** For statements that are not kept (built per request); most queries use {@link #prepared(String)}. */
    Connection connection() {
        return pooled.connection();
    }

    /** The kept statement of a SQL resource; set every parameter before each run. */
    PreparedStatement prepared(String resource) throws SQLException {
        return pooled.prepared(resource);
    }

    /** A statement failed (see Jdbc): the connection is closed after this request rather than kept. */
    void failed() {
        failed = true;
    }

    @Override
    public void close() {
        pool.giveBack(pooled, !failed);
    }
}

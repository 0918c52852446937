package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import vn.doisanh.warehouse.sql.SqlResource;

/**
 * A connection to one snapshot kept between requests with the statements it has prepared, so that a query's SQL is
 * parsed, bound and planned once per connection instead of once per request: planning was a third of the profile
 * query's time at national scale (bench/profile-notes.md). Used by one thread at a time (see {@link ConnectionPool}).
 */
final class PooledConnection {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PooledConnection(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement of a SQL resource (path under {@code /sql/}), prepared on first use. */
    PreparedStatement prepared(String resource) throws SQLException {
        PreparedStatement statement = statements.get(resource);
        if (statement == null) {
            statement = connection.prepareStatement(SqlResource.load(resource).text());
            statements.put(resource, statement);
        }
        return statement;
    }

    void close() {
        try {
            connection.close(); // closes its statements too
        } catch (SQLException e) {
            // nothing to do: the connection is being dropped
        }
    }
}

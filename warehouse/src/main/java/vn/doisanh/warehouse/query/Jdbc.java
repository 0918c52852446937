package vn.doisanh.warehouse.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.doisanh.warehouse.sql.SqlResource;

/** The little JDBC every query needs: run a SQL resource with parameters, read nullable columns. */
final class Jdbc {
    private Jdbc() {
    }

    /** Maps one row of a result set to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> list(Connection connection, String resource, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.load(resource).text())) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return rows(statement, mapper);
        }
    }

    /** As {@link #list(Connection, String, RowMapper, Object...)}, with the session's kept statement. */
    static <T> List<T> list(Session session, String resource, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try {
            PreparedStatement statement = session.prepared(resource);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return rows(statement, mapper);
        } catch (SQLException | RuntimeException e) {
            session.failed();
            throw e;
        }
    }

    private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rows.next()) {
                out.add(mapper.map(rows));
            }
            return out;
        }
    }

    static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    /** Wraps a SQLException for callers that cannot do anything about it but report it. */
    static IllegalStateException failure(String query, SQLException e) {
        return new IllegalStateException(query + " failed: " + e.getMessage(), e);
    }
}

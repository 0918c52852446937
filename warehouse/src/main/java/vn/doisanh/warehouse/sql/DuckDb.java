package vn.doisanh.warehouse.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * Opens DuckDB files through its driver directly, not DriverManager: DriverManager finds drivers once per JVM
 * with the thread's context class loader, which in the ETL's JVM may be one of Spark's that cannot see DuckDB.
 */
public final class DuckDb {
    private DuckDb() {
    }

    public static Connection open(Path file, boolean readOnly) throws SQLException {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        return new DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    public static Connection inMemory() throws SQLException {
        return new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    }
}

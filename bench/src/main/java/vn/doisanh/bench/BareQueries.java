package vn.doisanh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * The warehouse's baseline: the least a query can do to answer the same question straight from the snapshot's
 * Parquet with DuckDB (no marts, no joins to names, no JSON): what the product's layers cost is the difference.
 * One in-memory DuckDB, a duplicate connection per query, as the warehouse hands out per request.
 */
public final class BareQueries implements AutoCloseable {
    private final DuckDBConnection root;
    private final String facts;
    private final String units;

    public BareQueries(Path parquet) throws SQLException {
        this.root = DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class);
        String dir = parquet.toAbsolutePath().toString().replace("'", "''");
        this.facts = "read_parquet('" + dir + "/facts/**/*.parquet', hive_partitioning = true)";
        this.units = "read_parquet('" + dir + "/units/**/*.parquet')";
    }

    /** The latest period key in the facts, the frame the bare queries read. */
    public String latestPeriod() throws SQLException {
        try (Connection c = root.duplicate(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT max(CAST(period_key AS VARCHAR)) FROM " + facts)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * {@code preferred} if it sent a report for the period, else the first unit (by code) that did: the national
     * sets are invented units, and a profile of a unit with no values measures an empty answer on both sides.
     */
    public String reportingUnit(String period, String preferred) throws SQLException {
        try (Connection c = root.duplicate(); PreparedStatement ps = c.prepareStatement("SELECT coalesce("
                + "max(unit_code) FILTER (WHERE unit_code = ?), min(unit_code)) FROM " + facts
                + " WHERE CAST(period_key AS VARCHAR) = ? AND breakdown IS NULL")) {
            ps.setString(1, preferred);
            ps.setString(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    public int ranking(String period, String indicator) throws SQLException {
        return count("SELECT unit_code, value, rank() OVER (ORDER BY value DESC) AS rank FROM " + facts
                + " WHERE CAST(period_key AS VARCHAR) = ? AND indicator = ? AND breakdown IS NULL ORDER BY rank",
                period, indicator);
    }

    public int profile(String period, String unit) throws SQLException {
        return count("SELECT indicator, value FROM " + facts
                + " WHERE CAST(period_key AS VARCHAR) = ? AND unit_code = ? AND breakdown IS NULL ORDER BY indicator",
                period, unit);
    }

    public int compare(String period, List<String> unitCodes) throws SQLException {
        return count("SELECT unit_code, indicator, value FROM " + facts
                + " WHERE CAST(period_key AS VARCHAR) = ? AND list_contains(string_split(?, ','), unit_code)"
                + " AND breakdown IS NULL ORDER BY indicator, unit_code", period, String.join(",", unitCodes));
    }

    /** k nearest by z-scores of ln(population), ln(area), +1 when the type differs: the mart's definition, bare. */
    public int peers(String unit, int k) throws SQLException {
        return count("WITH u AS (SELECT CAST(code AS VARCHAR) AS code, type, ln(population) AS lp, ln(area_km2) AS la"
                + " FROM " + units + " WHERE population > 0 AND area_km2 > 0),"
                + " z AS (SELECT code, type, (lp - avg(lp) OVER ()) / stddev_pop(lp) OVER () AS zp,"
                + " (la - avg(la) OVER ()) / stddev_pop(la) OVER () AS za FROM u),"
                + " me AS (SELECT * FROM z WHERE code = ?)"
                + " SELECT z.code, sqrt((z.zp - me.zp) ^ 2 + (z.za - me.za) ^ 2 + CASE WHEN z.type <> me.type"
                + " THEN 1 ELSE 0 END) AS distance FROM z, me WHERE z.code <> me.code ORDER BY distance LIMIT ?",
                unit, k);
    }

    private int count(String sql, Object... params) throws SQLException {
        try (Connection c = root.duplicate(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }
}

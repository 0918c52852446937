package vn.doisanh.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.WarehouseFixture;
import vn.doisanh.warehouse.sql.DuckDb;

/** Connections and their prepared statements are kept between requests: answers must not depend on what ran before. */
class KeptConnectionsTest {
    private static Warehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = WarehouseFixture.open();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static RankingQuery.Ranking rank(String indicator, String period) {
        return new RankingQuery(warehouse).run(new RankingQuery.Request(indicator, Optional.of(period)));
    }

    @Test
    void aKeptStatementRunWithOtherParametersGivesTheSameAnswerAsBefore() {
        RankingQuery.Ranking first = rank("on_time_rate_pct", "2025-Q3");
        rank("cases_overdue", "2025-Q4");
        new UnitProfileQuery(warehouse).run(new UnitProfileQuery.Request("11635", Optional.of("2025-Q3"), 3));
        assertThat(rank("on_time_rate_pct", "2025-Q3")).isEqualTo(first);
    }

    @Test
    void aFailedRequestLeavesTheNextOnesAnswering() {
        RankingQuery.Ranking before = rank("on_time_rate_pct", "2025-Q3");
        assertThatThrownBy(() -> rank("no_such_indicator", "2025-Q3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rank("on_time_rate_pct", "1999-Q1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(rank("on_time_rate_pct", "2025-Q3")).isEqualTo(before);
    }

    @Test
    void thePoolKeepsAtMostItsLimitAndClosesWhatComesBackAfterRetiring() throws SQLException {
        try (DuckDBConnection root = DuckDb.inMemory().unwrap(DuckDBConnection.class)) {
            ConnectionPool pool = new ConnectionPool(root);
            List<PooledConnection> taken = new ArrayList<>();
            for (int i = 0; i < ConnectionPool.MAX_IDLE + 2; i++) {
                taken.add(pool.take());
            }
            taken.forEach(c -> pool.giveBack(c, true));
            assertThat(taken.stream().filter(c -> isClosed(c)).count()).isEqualTo(2);
            PooledConnection again = pool.take();
            assertThat(taken).contains(again);
            PooledConnection failed = pool.take();
            pool.giveBack(failed, false);
            assertThat(isClosed(failed)).as("a connection whose statement failed is not kept").isTrue();
            pool.retire();
            assertThat(taken.stream().filter(c -> c != again && c != failed).allMatch(c -> isClosed(c)))
                    .as("idle connections close when the snapshot is retired").isTrue();
            pool.giveBack(again, true);
            assertThat(isClosed(again)).as("one in use closes when it comes back").isTrue();
            assertThatThrownBy(pool::take).isInstanceOf(IllegalStateException.class);
        }
    }

    private static boolean isClosed(PooledConnection connection) {
        try {
            return connection.connection().isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.doisanh.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.warehouse.WarehouseFixture;
import vn.doisanh.warehouse.query.Warehouse;

class WarehouseBuilderTest {
    private static Warehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = WarehouseFixture.open();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                out.add(String.join("|", cells));
            }
            return out;
        }
    }

    private static double value(String frame, String unit, String indicator) throws SQLException {
        List<String> found = rows("SELECT value FROM int_values WHERE frame_key = '" + frame + "' AND unit_code = '"
                + unit + "' AND indicator = '" + indicator + "'");
        assertThat(found).as("%s of %s in %s", indicator, unit, frame).hasSize(1);
        return Double.parseDouble(found.get(0));
    }

    private static final String YEAR = "2025-07-01..2026-06-30";
    private static final String Q3 = "2025-07-01..2025-09-30";

    @Test
    void theHeadlineOfAStockGivenAtTwoDatesIsTheLaterOne() throws SQLException {
        assertThat(value(YEAR, "10816", "civil_servants_present")).isEqualTo(38);
    }

    @Test
    void aFlowGivenOnlyForSubPeriodsAddsThemUpAndIgnoresBreakdownItems() throws SQLException {
        assertThat(value(YEAR, "10816", "documents_issued")).isEqualTo(3975 + 3032);
    }

    @Test
    void aUnitThatReportsQuarterlyIsRolledUpIntoTheYearFrame() throws SQLException {
        assertThat(value(YEAR, "11635", "cases_received")).isEqualTo(1000 + 1200 + 900 + 1100);
        assertThat(value(YEAR, "11635", "on_time_rate_pct")).isEqualTo(99.5);
        assertThat(value(YEAR, "11635", "population")).as("latest quarter that reported it").isEqualTo(30100);
        assertThat(rows("SELECT basis, source_periods FROM int_values WHERE frame_key = '" + YEAR
                + "' AND unit_code = '11635' AND indicator = 'cases_received'"))
                .containsExactly("rolled_up|[2025-07-01..2025-09-30, 2025-10-01..2025-12-31, "
                        + "2026-01-01..2026-03-31, 2026-04-01..2026-06-30]");
    }

    @Test
    void flowsAreNotRolledUpWhenTheQuartersDoNotCoverTheWholeFrame() throws SQLException {
        assertThat(rows("SELECT value FROM int_values WHERE frame_key = '" + YEAR
                + "' AND unit_code = '11779' AND indicator = 'cases_received'")).isEmpty();
        assertThat(value(YEAR, "11779", "on_time_rate_pct")).as("a rate takes the latest quarter").isEqualTo(97.8);
    }

    @Test
    void threeQuartersOfAFlowAreScaledToTheYearAndSaySo() throws SQLException {
        assertThat(rows("SELECT basis FROM int_values WHERE frame_key = '" + YEAR
                + "' AND unit_code = '11836' AND indicator = 'cases_received'")).containsExactly("rolled_up_scaled");
        assertThat(value(YEAR, "11836", "cases_received")).isCloseTo((700 + 800 + 600) * 365.0 / 274, within());
    }

    @Test
    void derivedIndicatorsFollowTheCatalogueFormulas() throws SQLException {
        assertThat(value(YEAR, "10816", "civil_servants_per_10k")).isCloseTo(38.0 / 36429 * 10000, within());
        assertThat(value(YEAR, "10816", "on_time_rate_computed_pct")).isCloseTo(17003.0 / 17049 * 100, within());
        assertThat(value(YEAR, "10816", "documents_per_civil_servant")).isCloseTo(7007.0 / 38, within());
        assertThat(value(YEAR, "10816", "population_density")).isCloseTo(36429 / 26.29, within());
        assertThat(value(YEAR, "11635", "on_time_rate_computed_pct")).isCloseTo(4105.0 / 4200 * 100, within());
        assertThat(value(Q3, "11635", "pending_cases")).isEqualTo(1000 - 950 - 30);
        assertThat(value(Q3, "11635", "staff_fill_rate_pct")).isCloseTo(20.0 / 25 * 100, within());
    }

    @Test
    void populationFallsBackToTheRegistryAndTheBasisSaysSo() throws SQLException {
        assertThat(rows("SELECT value, basis FROM int_values WHERE frame_key = '" + Q3
                + "' AND unit_code = '11560' AND indicator = 'civil_servants_per_10k'"))
                .singleElement().satisfies(row -> {
                    assertThat(Double.parseDouble(row.split("\\|")[0])).isCloseTo(30.0 / 71731 * 10000, within());
                    assertThat(row).endsWith("|computed_registry");
                });
        assertThat(rows("SELECT basis FROM int_values WHERE frame_key = '" + YEAR
                + "' AND unit_code = '10816' AND indicator = 'civil_servants_per_10k'")).containsExactly("computed");
    }

    @Test
    void aZeroDivisorGivesNoDerivedValueRatherThanInfinity() throws SQLException {
        assertThat(rows("SELECT value FROM int_values WHERE frame_key = '" + Q3
                + "' AND unit_code = '11329' AND indicator = 'staff_fill_rate_pct'")).isEmpty();
    }

    @Test
    void theSnapshotRecordsWhatItHolds() throws SQLException {
        assertThat(rows("SELECT snapshot_id, catalogue_version, units, periods, facts_history, warnings, quarantined "
                + "FROM snapshot_info")).containsExactly("fixture|" + Catalogue.VERSION + "|8|5|1|1|1");
    }

    @Test
    void aBuildNeverOverwritesAnExistingWarehouseFile(@TempDir Path dir) throws Exception {
        Path database = Files.createFile(dir.resolve("warehouse.duckdb"));
        assertThatThrownBy(() -> new WarehouseBuilder(Catalogue.load()).build(
                WarehouseFixture.sharedSnapshot().resolve("parquet"), database,
                new WarehouseBuilder.BuildInfo("x", Instant.now())))
                .hasMessageContaining("already exists");
    }

    @Test
    void aMissingParquetTableIsNamedBeforeAnythingIsBuilt(@TempDir Path dir) {
        assertThatThrownBy(() -> new WarehouseBuilder(Catalogue.load()).build(dir, dir.resolve("w.duckdb"),
                new WarehouseBuilder.BuildInfo("x", Instant.now())))
                .hasMessageContaining("Parquet table 'units'");
        assertThat(dir.resolve("w.duckdb")).doesNotExist();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}

package vn.doisanh.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

class IdempotenceTest {
    @TempDir
    Path dir;

    @Test
    void runningAgainOnTheSameInputPublishesTheSameWarehouse() {
        Path data = EtlTestSupport.sharedLocalRun();
        Path reports = EtlTestSupport.sharedReports();
        var first = EtlTestSupport.contents(EtlTestSupport.currentDatabase(data));
        String firstId = new SnapshotStore(data).current().orElseThrow().id();
        EtlTestSupport.run(EtlOptions.local(List.of(reports.toString()), data));
        var second = EtlTestSupport.contents(EtlTestSupport.currentDatabase(data));
        assertThat(new SnapshotStore(data).current().orElseThrow().id()).isNotEqualTo(firstId);
        assertThat(second).isEqualTo(first);
        assertThat(second.get("int_facts")).hasSizeGreaterThan(100);
    }

    @Test
    void aReportReplacedInPlaceKeepsItsOldFactsInHistoryAcrossRuns() throws Exception {
        Path reports = dir.resolve("in/11635/2025-Q4");
        Files.createDirectories(reports);
        Path report = reports.resolve("bc.txt");
        Path source = EtlTestSupport.copyReports(dir).resolve("11635/2025-Q4/bc-2025-q4-11635.txt");
        Files.copy(source, report);
        Path data = dir.resolve("data");
        List<String> in = List.of(dir.resolve("in").toString());
        EtlTestSupport.run(EtlOptions.local(in, data));

        // the office sends a corrected report under the same name: same unit and quarter, new figures
        Files.writeString(report, Files.readString(report).replace("1.200 hồ sơ", "1.250 hồ sơ")
                .replace("ngày 06 tháng 01 năm 2026", "ngày 20 tháng 01 năm 2026"));
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2026-01-20T00:00:00Z")));
        EtlTestSupport.run(EtlOptions.local(in, data));
        EtlTestSupport.run(EtlOptions.local(in, data));

        Path database = EtlTestSupport.currentDatabase(data);
        assertThat(EtlTestSupport.rows(database, "SELECT value FROM int_facts WHERE indicator = 'cases_received'"))
                .containsExactly("1250.0");
        assertThat(EtlTestSupport.rows(database, "SELECT value, reason FROM int_facts_history "
                + "WHERE indicator = 'cases_received'")).containsExactly("1200.0 | superseded");
        assertThat(new SnapshotStore(data).listNewestFirst()).hasSize(3);
    }
}

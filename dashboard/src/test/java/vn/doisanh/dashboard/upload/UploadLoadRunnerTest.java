package vn.doisanh.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.warehouse.landing.LandingZone;
import vn.doisanh.warehouse.load.LoadHistory;
import vn.doisanh.warehouse.load.LoadRecord;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/**
 * Loads with the REAL ETL as a child process, into a temporary data folder first built (also by the real ETL)
 * from two synthetic reports of xã Thanh Hà; the load adds the real Hà Bắc report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadLoadRunnerTest {
    private Path data;
    private Path reports;
    private SnapshotStore store;
    private String initialSnapshot;
    private Uploads uploads;
    /** A dashboard's view of the folder, opened before any load: it must follow every publish. */
    private vn.doisanh.warehouse.query.Warehouse served;
    private final RecordingAudit audit = new RecordingAudit();

    @BeforeAll
    void buildAnInitialWarehouse() throws Exception {
        Path root = Files.createTempDirectory("doisanh-loads-");
        data = UploadFixtures.initialWarehouse(root);
        reports = root.resolve("reports");
        store = new SnapshotStore(data);
        initialSnapshot = store.current().orElseThrow().id();
        served = vn.doisanh.warehouse.query.Warehouse.open(data);
        uploads = new Uploads(new LandingZone(data), new Previewer(ReportExtractor.standard(), UploadFixtures.NOVEMBER_2026),
                audit, UploadFixtures.NOVEMBER_2026);
    }

    @AfterAll
    void removeTheDataFolder() throws IOException {
        if (served != null) {
            served.close();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private LoadRunner runner(EtlProcess etl) {
        return new LoadRunner(data, uploads.landing(), new LoadHistory(data), etl, audit, UploadFixtures.NOVEMBER_2026);
    }

    private LoadRunner.Accepted haBac() throws IOException {
        UploadPreview preview = uploads.receive(new ByteArrayInputStream(UploadFixtures.haBac()), "Hà Bắc.txt",
                Optional.of("an"));
        assertThat(preview.accepted()).isTrue();
        return new LoadRunner.Accepted(uploads.landing().find(preview.sha256()).orElseThrow(), preview);
    }

    private static EtlProcess shell(String script) {
        return new EtlProcess(List.of("sh", "-c", script, "etl"), Path.of("").toAbsolutePath(), Map.of(), 10);
    }

    @Test
    @Order(1)
    void a_failing_ETL_leaves_the_old_snapshot_current_and_the_load_failed_with_its_last_lines() throws Exception {
        LoadRunner runner = runner(shell("echo 'etl: reading reports'; echo 'etl: cannot build: disk full' >&2; exit 3"));
        LoadRecord started = runner.start(List.of(haBac()), Optional.of("an"));
        assertThat(started.status()).isEqualTo(LoadRecord.Status.RUNNING);
        LoadRecord end = runner.ending(started.id()).orElseThrow().get(1, TimeUnit.MINUTES);
        assertThat(end.status()).isEqualTo(LoadRecord.Status.FAILED);
        assertThat(end.error()).contains("exited with code 3", "cannot build: disk full");
        assertThat(store.current().orElseThrow().id()).isEqualTo(initialSnapshot);
        assertThat(end.after().id()).isEqualTo(initialSnapshot);
        assertThat(data.resolve("loads").resolve(started.id()).resolve("etl.log")).content().contains("disk full");
        assertThat(new LoadHistory(data).find(started.id()).orElseThrow().status()).isEqualTo(LoadRecord.Status.FAILED);
        assertThat(audit.actions()).contains("load_started", "load_failed");
    }

    @Test
    @Order(2)
    void an_ETL_command_that_cannot_start_fails_the_load_at_once() throws Exception {
        LoadRunner runner = runner(new EtlProcess(List.of("/nonexistent/doisanh", "etl"), Path.of("").toAbsolutePath(),
                Map.of(), 10));
        LoadRecord end = runner.start(List.of(haBac()), Optional.of("an"));
        assertThat(end.status()).isEqualTo(LoadRecord.Status.FAILED);
        assertThat(end.error()).contains("could not be started");
        assertThat(store.current().orElseThrow().id()).isEqualTo(initialSnapshot);
    }

    @Test
    @Order(3)
    void only_one_load_runs_at_a_time() throws Exception {
        LoadRunner runner = runner(shell("sleep 2; exit 1"));
        LoadRecord first = runner.start(List.of(haBac()), Optional.of("an"));
        assertThatThrownBy(() -> runner.start(List.of(haBac()), Optional.of("binh")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThatThrownBy(() -> runner.restore(initialSnapshot, Optional.of("binh")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(409));
        runner.ending(first.id()).orElseThrow().get(1, TimeUnit.MINUTES);
        assertThat(runner.running()).isEmpty();
    }

    @Test
    @Order(4)
    void a_load_runs_the_real_ETL_and_publishes_a_snapshot_with_the_new_report() throws Exception {
        LoadRunner runner = runner(UploadFixtures.etl());
        LoadRunner.Accepted haBac = haBac();
        LoadRecord started = runner.start(List.of(haBac), Optional.of("an"));
        LoadRecord end = runner.ending(started.id()).orElseThrow().get(8, TimeUnit.MINUTES);
        assertThat(end.status()).as(end.error()).isEqualTo(LoadRecord.Status.FINISHED);

        Snapshot current = store.current().orElseThrow();
        assertThat(current.id()).isNotEqualTo(initialSnapshot).isEqualTo(end.after().id());
        assertThat(end.before().id()).isEqualTo(initialSnapshot);
        assertThat(end.before().counts().get("units_loaded")).isEqualTo(1L);
        assertThat(end.after().counts().get("units_loaded")).isEqualTo(2L);
        assertThat(end.after().counts().get("facts")).isGreaterThan(end.before().counts().get("facts"));
        assertThat(end.after().counts().get("reports")).isEqualTo(end.before().counts().get("reports") + 1);
        assertThat(end.files()).singleElement().satisfies(f -> {
            assertThat(f.unitCode()).isEqualTo("10816");
            assertThat(f.originalName()).isEqualTo("Hà Bắc.txt");
            assertThat(f.periodStart()).isEqualTo("2025-07-01");
        });
        Path loaded = data.resolve("loads").resolve(started.id()).resolve("files").resolve(haBac.file().fileName());
        assertThat(loaded).hasSameBinaryContentAs(UploadFixtures.HA_BAC);
        assertThat(SnapshotManifest.readFrom(current).inputs())
                .containsExactly(reports.toString(), loaded.getParent().toString());
        assertThat(audit.actions()).contains("load_finished");
        assertThat(served.refresh()).as("the serving warehouse switches on its next refresh").isTrue();
        assertThat(served.snapshot().id()).isEqualTo(current.id());
        assertThat(new LoadHistory(data).find(started.id()).orElseThrow().after().id()).isEqualTo(current.id());
    }

    @Test
    @Order(5)
    void a_file_already_in_the_warehouse_is_not_loaded_twice() throws Exception {
        LoadRunner runner = runner(shell("exit 0"));
        LoadRunner.Accepted haBac = haBac();
        assertThatThrownBy(() -> runner.start(List.of(haBac), Optional.of("an")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("already_loaded"));
    }

    @Test
    @Order(6)
    void restoring_switches_current_back_and_is_recorded() {
        LoadRunner runner = runner(shell("exit 0"));
        String loaded = store.current().orElseThrow().id();
        assertThat(runner.snapshots()).extracting(LoadRunner.KeptSnapshot::id).contains(initialSnapshot, loaded);
        LoadRecord restore = runner.restore(initialSnapshot, Optional.of("an"));
        assertThat(store.current().orElseThrow().id()).isEqualTo(initialSnapshot);
        assertThat(restore.kind()).isEqualTo(LoadRecord.Kind.RESTORE);
        assertThat(restore.before().id()).isEqualTo(loaded);
        assertThat(restore.after().id()).isEqualTo(initialSnapshot);
        assertThat(runner.snapshots()).filteredOn(LoadRunner.KeptSnapshot::current).singleElement()
                .extracting(LoadRunner.KeptSnapshot::id).isEqualTo(initialSnapshot);
        assertThat(audit.actions()).contains("restore");
        assertThat(served.refresh()).isTrue();
        assertThat(served.snapshot().id()).isEqualTo(initialSnapshot);
        assertThatThrownBy(() -> runner.restore("../../etc", Optional.of("an")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(404));
    }

    @Test
    @Order(7)
    void a_load_found_running_at_startup_whose_process_is_gone_is_marked_interrupted() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        new LoadHistory(data).append(new LoadRecord("lost", LoadRecord.Kind.LOAD, LoadRecord.Status.RUNNING, "an",
                "2026-11-27T02:00:00Z", null, gone.pid(), List.of(), new LoadRecord.SnapshotState(initialSnapshot, Map.of()),
                null, null));
        runner(shell("exit 0"));
        assertThat(new LoadHistory(data).find("lost").orElseThrow().status()).isEqualTo(LoadRecord.Status.INTERRUPTED);
    }

    @Test
    @Order(8)
    void an_ETL_running_past_its_timeout_is_stopped_and_the_load_failed() throws Exception {
        LoadRunner runner = runner(new EtlProcess(List.of("sh", "-c", "echo 'etl: started'; sleep 60", "etl"),
                Path.of("").toAbsolutePath(), Map.of(), 10, java.time.Duration.ofSeconds(1)));
        LoadRecord started = runner.start(List.of(haBac()), Optional.of("an"));
        LoadRecord end = runner.ending(started.id()).orElseThrow().get(30, TimeUnit.SECONDS);
        assertThat(end.status()).isEqualTo(LoadRecord.Status.FAILED);
        assertThat(end.error()).contains("longer than PT1S", "etl: started");
        assertThat(runner.running()).isEmpty();
    }

    @Test
    @Order(9)
    void a_load_whose_ETL_outlived_a_restarted_dashboard_is_followed_to_its_end() throws Exception {
        Process outliving = new ProcessBuilder("sleep", "2").start();
        String current = store.current().orElseThrow().id();
        new LoadHistory(data).append(new LoadRecord("orphan", LoadRecord.Kind.LOAD, LoadRecord.Status.RUNNING, "an",
                "2026-11-27T02:30:00Z", null, outliving.pid(), List.of(), new LoadRecord.SnapshotState(current, Map.of()),
                null, null));
        LoadRunner runner = runner(shell("exit 0"));
        assertThat(runner.running()).contains("orphan");
        assertThatThrownBy(() -> runner.start(List.of(haBac()), Optional.of("an"))).isInstanceOf(Refusal.class);
        LoadRecord end = runner.ending("orphan").orElseThrow().get(30, TimeUnit.SECONDS);
        assertThat(end.status()).as("it published nothing").isEqualTo(LoadRecord.Status.FAILED);
        assertThat(new LoadHistory(data).find("orphan").orElseThrow().status()).isEqualTo(LoadRecord.Status.FAILED);
        assertThat(runner.running()).isEmpty();
    }
}

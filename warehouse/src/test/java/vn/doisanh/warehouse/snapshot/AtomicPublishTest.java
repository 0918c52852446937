package vn.doisanh.warehouse.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.warehouse.WarehouseFixture;
import vn.doisanh.warehouse.query.RankingQuery;
import vn.doisanh.warehouse.query.Warehouse;

/** Readers query in a loop while snapshots are built, published and pruned: no query may fail or see a mix. */
class AtomicPublishTest {
    @TempDir
    Path root;

    private static Snapshot buildInto(SnapshotStore store, int n) {
        Snapshot snapshot = store.create(Instant.parse("2026-05-14T08:00:00Z").plusSeconds(n));
        WarehouseFixture.buildSnapshot(snapshot.dir(), snapshot.id());
        new SnapshotManifest(snapshot.id(), Instant.now().toString(), "test", List.of(), java.util.Map.of())
                .writeTo(snapshot);
        return snapshot;
    }

    @Test
    @Timeout(120)
    void aReaderQueryingWhileNewSnapshotsArePublishedNeverFails() throws Exception {
        SnapshotStore store = new SnapshotStore(root);
        store.publish(buildInto(store, 0));
        AtomicBoolean publishing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger queries = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        try (Warehouse longLived = Warehouse.open(root)) {
            readers.add(reader("refreshing", publishing, failures, queries, () -> {
                longLived.refresh();
                check(longLived);
            }));
            readers.add(reader("reopening", publishing, failures, queries, () -> {
                try (Warehouse fresh = Warehouse.open(root)) {
                    check(fresh);
                }
            }));
            readers.forEach(Thread::start);
            for (int n = 1; n <= 4; n++) {
                Snapshot next = buildInto(store, n);
                store.publish(next);
                store.prune(2, Optional.empty());
                Thread.sleep(100);
            }
            publishing.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertThat(failures).isEmpty();
        assertThat(queries.get()).isGreaterThan(20);
        assertThat(store.listNewestFirst()).hasSize(2);
    }

    @Test
    void a_pinned_warehouse_keeps_answering_from_its_snapshot_after_a_publish_and_refresh() throws Exception {
        SnapshotStore store = new SnapshotStore(root);
        Snapshot first = buildInto(store, 0);
        store.publish(first);
        try (Warehouse served = Warehouse.open(root); Warehouse pinned = served.pin()) {
            Snapshot second = buildInto(store, 1);
            store.publish(second);
            assertThat(served.refresh()).isTrue(); // the served one moves on and closes its old root
            assertThat(served.snapshot().id()).isEqualTo(second.id());
            assertThat(pinned.snapshot().id()).isEqualTo(first.id());
            check(pinned); // a new connection of the pinned one still comes from the first snapshot
            check(served);
        }
    }

    /** The snapshot a reader has open must be whole: its id matches its folder and its ranking is complete. */
    private static void check(Warehouse warehouse) throws SQLException {
        String folder = warehouse.snapshot().dir().getFileName().toString();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT snapshot_id FROM snapshot_info")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(folder);
        }
        assertThat(new RankingQuery(warehouse).run(new RankingQuery.Request("on_time_rate_pct",
                Optional.of("2025-Q3"))).rows()).hasSize(7);
    }

    @FunctionalInterface
    private interface Check {
        void run() throws Exception;
    }

    private static Thread reader(String name, AtomicBoolean publishing, ConcurrentLinkedQueue<Throwable> failures,
            AtomicInteger queries, Check check) {
        return new Thread(() -> {
            while (publishing.get()) {
                try {
                    check.run();
                    queries.incrementAndGet();
                } catch (Throwable t) {
                    failures.add(t);
                    return;
                }
            }
        }, name);
    }
}

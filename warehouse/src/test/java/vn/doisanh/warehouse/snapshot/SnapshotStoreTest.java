package vn.doisanh.warehouse.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
    @TempDir
    Path root;

    private Snapshot complete(SnapshotStore store, Instant at) throws IOException {
        Snapshot snapshot = store.create(at);
        Files.writeString(snapshot.database(), "not a real database: the store never opens it");
        new SnapshotManifest(snapshot.id(), at.toString(), "test", List.of("in"), Map.of("facts", 1L))
                .writeTo(snapshot);
        return snapshot;
    }

    @Test
    void snapshotIdsSortByCreationTime() {
        SnapshotStore store = new SnapshotStore(root);
        String first = store.create(Instant.parse("2026-05-14T08:00:00Z")).id();
        String second = store.create(Instant.parse("2026-05-14T08:00:00Z")).id();
        String third = store.create(Instant.parse("2026-05-14T09:00:00Z")).id();
        assertThat(List.of(first, second, third)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void publishingPointsCurrentAtTheSnapshotThroughARelativeSymlink() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        assertThat(store.current()).isEmpty();
        Snapshot snapshot = complete(store, Instant.parse("2026-05-14T08:00:00Z"));
        store.publish(snapshot);
        assertThat(store.current()).contains(new Snapshot(snapshot.id(), snapshot.dir().toRealPath()));
        assertThat(Files.readSymbolicLink(root.resolve("current")).isAbsolute()).isFalse();
        assertThat(SnapshotManifest.readFrom(store.current().orElseThrow()).counts()).containsEntry("facts", 1L);
    }

    @Test
    void anUnfinishedSnapshotIsNeverPublished() {
        SnapshotStore store = new SnapshotStore(root);
        Snapshot unfinished = store.create(Instant.now());
        assertThatThrownBy(() -> store.publish(unfinished)).hasMessageContaining("not complete");
        assertThat(store.current()).isEmpty();
    }

    @Test
    void pruningKeepsTheCurrentAndTheNewestOthersAndDropsLeftovers() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        Snapshot s1 = complete(store, Instant.parse("2026-05-14T08:00:00Z"));
        Snapshot s2 = complete(store, Instant.parse("2026-05-14T09:00:00Z"));
        Snapshot crashed = store.create(Instant.parse("2026-05-14T09:30:00Z"));
        Snapshot s3 = complete(store, Instant.parse("2026-05-14T10:00:00Z"));
        Snapshot building = store.create(Instant.parse("2026-05-14T11:00:00Z"));
        store.publish(s2);
        List<String> deleted = store.prune(2, Optional.of(building));
        assertThat(deleted).containsExactlyInAnyOrder(s1.id(), crashed.id());
        assertThat(store.listNewestFirst()).extracting(Snapshot::id).containsExactly(building.id(), s3.id(), s2.id());
    }

    @Test
    void a_publish_killed_before_its_rename_leaves_a_staged_link_that_the_next_prune_removes() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        Snapshot published = complete(store, Instant.parse("2026-05-14T08:00:00Z"));
        store.publish(published);
        Snapshot killed = complete(store, Instant.parse("2026-05-14T09:00:00Z"));
        // what a SIGKILL between creating the staged link and renaming it over current leaves behind
        Files.createSymbolicLink(root.resolve(".current-" + killed.id()), root.relativize(killed.dir()));
        store.prune(2, Optional.empty());
        assertThat(store.current().orElseThrow().id()).isEqualTo(published.id());
        try (var children = Files.list(root)) {
            assertThat(children.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("current", "snapshots");
        }
    }

    @Test
    void aCurrentThatIsNotASymlinkIsLeftAloneAndReported() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        Files.createDirectory(root.resolve("current"));
        Snapshot snapshot = complete(store, Instant.now());
        assertThatThrownBy(() -> store.publish(snapshot)).hasMessageContaining("not a symlink");
    }

    @Test
    void onlyOneRunAtATimeMayPublishIntoAFolder() {
        try (PublishLock lock = PublishLock.acquire(root)) {
            assertThatThrownBy(() -> PublishLock.acquire(root)).hasMessageContaining("another run is publishing");
        }
        PublishLock.acquire(root).close();
    }

    @Test
    void restoringPublishesAKeptSnapshotAgainAndRefusesAnythingElse() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        Snapshot older = complete(store, Instant.parse("2026-05-14T08:00:00Z"));
        Snapshot newer = complete(store, Instant.parse("2026-05-14T09:00:00Z"));
        store.publish(newer);
        assertThat(store.restore(older.id()).id()).isEqualTo(older.id());
        assertThat(store.current().orElseThrow().id()).isEqualTo(older.id());
        assertThatThrownBy(() -> store.restore("../" + older.id())).isInstanceOf(IllegalArgumentException.class);
        Snapshot unfinished = store.create(Instant.parse("2026-05-14T10:00:00Z"));
        assertThatThrownBy(() -> store.restore(unfinished.id())).hasMessageContaining("unfinished");
        try (PublishLock held = PublishLock.acquire(root)) {
            assertThatThrownBy(() -> store.restore(newer.id())).isInstanceOf(IllegalStateException.class);
        }
        assertThat(store.current().orElseThrow().id()).isEqualTo(older.id());
    }
}

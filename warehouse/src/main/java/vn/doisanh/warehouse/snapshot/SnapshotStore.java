package vn.doisanh.warehouse.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data folder: {@code snapshots/<id>/} beside a {@code current} symlink to the published one.
 * Publishing builds nothing in place: the new snapshot is complete before {@code current} is switched to it by one
 * atomic rename of a new symlink over the old, so a reader resolving {@code current} gets the old snapshot or the
 * new one, never a mix. Old snapshots are pruned, keeping the newest few (a reader that opened one keeps reading
 * it: DuckDB holds the file open).
 */
public final class SnapshotStore {
    public static final String CURRENT = "current";
    public static final String SNAPSHOTS = "snapshots";
    private static final DateTimeFormatter ID_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;

    public SnapshotStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A new, empty snapshot folder; ids sort by creation time. */
    public Snapshot create(Instant now) {
        try {
            Files.createDirectories(root.resolve(SNAPSHOTS));
            String base = ID_FORMAT.format(now);
            for (int attempt = 0; ; attempt++) {
                String id = attempt == 0 ? base : base + "-" + attempt;
                Path dir = root.resolve(SNAPSHOTS).resolve(id);
                if (!Files.exists(dir)) {
                    Files.createDirectory(dir);
                    return new Snapshot(id, dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a snapshot folder under " + root, e);
        }
    }

    /** The published snapshot, if any. */
    public Optional<Snapshot> current() {
        Path link = root.resolve(CURRENT);
        if (!Files.exists(link)) {
            return Optional.empty();
        }
        try {
            Path dir = link.toRealPath();
            return Optional.of(new Snapshot(dir.getFileName().toString(), dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + link, e);
        }
    }

    /** Switches {@code current} to {@code snapshot} in one atomic step. */
    public void publish(Snapshot snapshot) {
        if (!snapshot.isComplete()) {
            throw new IllegalStateException("snapshot " + snapshot.id() + " is not complete (needs "
                    + Snapshot.DATABASE + " and " + Snapshot.MANIFEST + "); refusing to publish it");
        }
        Path link = root.resolve(CURRENT);
        if (Files.exists(link) && !Files.isSymbolicLink(link)) {
            throw new IllegalStateException(link + " exists and is not a symlink; move it away before publishing");
        }
        Path staged = root.resolve("." + CURRENT + "-" + snapshot.id());
        try {
            Files.deleteIfExists(staged);
            // Relative target, so the data folder can be moved or mounted elsewhere as a whole.
            Files.createSymbolicLink(staged, root.relativize(snapshot.dir()));
            Files.move(staged, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("the file system of " + root + " cannot rename atomically", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish snapshot " + snapshot.id(), e);
        }
    }

    /**
     * Publishes a kept, complete snapshot again (an analyst undoing a load). The id must be one of the listed
     * snapshots, never a path; the publish lock keeps an ETL run from switching {@code current} at the same time.
     *
     * @throws IllegalArgumentException for an id that is not a kept, complete snapshot
     * @throws IllegalStateException    when another run holds the publish lock
     */
    public Snapshot restore(String id) {
        Snapshot snapshot = listNewestFirst().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kept snapshot has the id '" + id + "'"));
        if (!snapshot.isComplete()) {
            throw new IllegalArgumentException("snapshot " + id + " is unfinished; it cannot be restored");
        }
        try (PublishLock lock = PublishLock.acquire(root)) {
            publish(snapshot);
        }
        return snapshot;
    }

    /**
     * Deletes all snapshots but the current one and the newest {@code keep - 1} other complete ones. Unfinished
     * folders go too, except {@code building} (the one the caller is making), and so do the staged links of a
     * publish that was killed before its rename, so a crashed run leaves no litter. Call it holding the
     * {@link PublishLock}: a publish running beside it could lose its staged link.
     */
    public List<String> prune(int keep, Optional<Snapshot> building) {
        if (keep < 1) {
            throw new IllegalArgumentException("must keep at least the current snapshot, got keep=" + keep);
        }
        Optional<String> currentId = current().map(Snapshot::id);
        List<String> deleted = new ArrayList<>();
        int kept = currentId.isPresent() ? 1 : 0;
        for (Snapshot snapshot : listNewestFirst()) {
            boolean isCurrent = currentId.filter(snapshot.id()::equals).isPresent();
            boolean isBuilding = building.filter(b -> b.id().equals(snapshot.id())).isPresent();
            if (isCurrent || isBuilding) {
                continue;
            }
            if (snapshot.isComplete() && kept < keep) {
                kept++;
                continue;
            }
            deleteRecursively(snapshot.dir());
            deleted.add(snapshot.id());
        }
        deleteStagedLinks();
        return deleted;
    }

    private void deleteStagedLinks() {
        try (Stream<Path> children = Files.list(root)) {
            for (Path staged : children.filter(p -> p.getFileName().toString().startsWith("." + CURRENT + "-")
                    && Files.isSymbolicLink(p)).toList()) {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear staged links in " + root, e);
        }
    }

    public List<Snapshot> listNewestFirst() {
        Path dir = root.resolve(SNAPSHOTS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .map(p -> new Snapshot(p.getFileName().toString(), p))
                    .sorted(Comparator.comparing(Snapshot::id).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete old snapshot " + dir, e);
        }
    }
}

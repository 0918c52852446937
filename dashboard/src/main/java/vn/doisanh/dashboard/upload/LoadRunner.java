package vn.doisanh.dashboard.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import vn.doisanh.dashboard.auth.AuditLog;
import vn.doisanh.warehouse.landing.LandedFile;
import vn.doisanh.warehouse.landing.LandingZone;
import vn.doisanh.warehouse.load.LoadHistory;
import vn.doisanh.warehouse.load.LoadRecord;
import vn.doisanh.warehouse.snapshot.PublishLock;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/**
 * Loads accepted uploads into the warehouse by running the ETL as a child process over the current snapshot's
 * inputs plus a folder of this load's files ({@code loads/<id>/files/<sha256>.<format>}), one load at a time. The
 * ETL publishes atomically, so a failed run leaves the previous snapshot serving; its output goes to
 * {@code loads/<id>/etl.log} and the load's end, with the snapshot before and after, to the history.
 */
public final class LoadRunner {
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int ERROR_LINES = 15;

    private final Path data;
    private final SnapshotStore store;
    private final LoadInputs inputs;
    private final LoadHistory history;
    private final EtlProcess etl;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<String> running = new AtomicReference<>();
    private final Map<String, CompletableFuture<LoadRecord>> endings = new ConcurrentHashMap<>();

    /** A landed file whose preview accepted it. */
    public record Accepted(LandedFile file, UploadPreview preview) {
        public Accepted {
            if (!preview.accepted()) {
                throw new IllegalArgumentException(file.originalName() + " was not accepted: " + preview.verdict().reason());
            }
        }
    }

    /** A kept snapshot, for choosing one to restore. */
    public record KeptSnapshot(String id, String builtAt, boolean current, Map<String, Long> counts) {
    }

    public LoadRunner(Path data, LandingZone landing, LoadHistory history, EtlProcess etl, AuditLog audit,
            Clock clock) {
        this.data = data.toAbsolutePath().normalize();
        this.store = new SnapshotStore(this.data);
        this.inputs = new LoadInputs(this.data, landing, etl.workingDir());
        this.history = history;
        this.etl = etl;
        this.audit = audit;
        this.clock = clock;
        for (LoadRecord lost : history.markInterrupted(LoadRunner::alive, now())) {
            audit.record("load_failed", Optional.ofNullable(lost.who()), Map.of("load", lost.id(), "reason", lost.error()));
        }
        history.all().stream().filter(r -> r.status() == LoadRecord.Status.RUNNING).findFirst()
                .ifPresent(this::adopt);
    }

    /**
     * A load still running from before a restart of the dashboard: its ETL outlived the old dashboard. Watch it end;
     * its exit code is lost with its parent, so whether it published a snapshot is what tells success.
     */
    private void adopt(LoadRecord record) {
        Optional<ProcessHandle> process = record.pid() == null ? Optional.empty() : ProcessHandle.of(record.pid());
        if (process.isEmpty()) {
            return;
        }
        running.set(record.id());
        Path log = inputs.log(record.id());
        CompletableFuture<LoadRecord> ending = process.get().onExit().thenApply(gone -> {
            Optional<Snapshot> after = store.current();
            boolean published = after.isPresent() && !after.get().id().equals(record.before().id());
            return finish(published ? record.ended(LoadRecord.Status.FINISHED, now(), state(after), null)
                    : record.ended(LoadRecord.Status.FAILED, now(), state(after),
                    "the ETL ended without publishing a snapshot:\n" + tail(log)));
        });
        endings.put(record.id(), ending);
    }

    public LoadHistory history() {
        return history;
    }

    /** Starts a load and returns at once with its record (running, or failed when the ETL could not start). */
    public synchronized LoadRecord start(List<Accepted> accepted, Optional<String> who) {
        if (accepted.isEmpty()) {
            throw Refusal.bad("no_files", "choose at least one accepted file to load");
        }
        refuseWhileBusy();
        Optional<Snapshot> current = store.current();
        LoadRecord.SnapshotState before = state(current);
        List<String> etlInputs = inputs.of(current);
        List<Accepted> fresh = accepted.stream().filter(a -> inputs.loadHolding(etlInputs, a.file()).isEmpty()).toList();
        if (fresh.isEmpty()) {
            throw Refusal.bad("already_loaded", "every chosen file is already in the warehouse (loaded in "
                    + inputs.loadHolding(etlInputs, accepted.get(0).file()).orElse("?") + ")");
        }
        String id = newId();
        etlInputs.add(inputs.prepare(id, fresh.stream().map(Accepted::file).toList()).toString());
        Path log = inputs.log(id);
        List<LoadRecord.File> rows = fresh.stream().map(LoadRunner::row).toList();
        String started = now();
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command(etlInputs)).directory(etl.workingDir().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(etl.environment());
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            LoadRecord failed = new LoadRecord(id, LoadRecord.Kind.LOAD, LoadRecord.Status.FAILED, who.orElse(null),
                    started, now(), null, rows, before, before, "the ETL could not be started ("
                    + String.join(" ", etl.command()) + "): " + e.getMessage());
            history.append(failed);
            audit.record("load_failed", who, Map.of("load", id, "reason", failed.error()));
            return failed;
        }
        LoadRecord record = new LoadRecord(id, LoadRecord.Kind.LOAD, LoadRecord.Status.RUNNING, who.orElse(null),
                started, null, process.pid(), rows, before, null, null);
        history.append(record);
        audit.record("load_started", who, Map.of("load", id, "files", rows.stream().map(LoadRecord.File::sha256).toList(),
                "snapshot", String.valueOf(before.id())));
        running.set(id);
        CompletableFuture<LoadRecord> ending = new CompletableFuture<>();
        endings.put(id, ending);
        Thread watcher = new Thread(() -> ending.complete(await(process, record, log)), "doisanh-load-" + id);
        watcher.setDaemon(true);
        watcher.start();
        return record;
    }

    /** The end of a load this runner started (for tests and for waiting); empty for unknown or old loads. */
    public Optional<CompletableFuture<LoadRecord>> ending(String id) {
        return Optional.ofNullable(endings.get(id));
    }

    /** Publishes a kept snapshot again; recorded in the history like a load, and audited. */
    public synchronized LoadRecord restore(String snapshotId, Optional<String> who) {
        refuseWhileBusy();
        LoadRecord.SnapshotState before = state(store.current());
        try {
            store.restore(snapshotId);
        } catch (IllegalArgumentException e) {
            throw new Refusal(404, "unknown_snapshot", e.getMessage());
        } catch (IllegalStateException e) {
            throw Refusal.busy(e.getMessage());
        }
        String at = now();
        LoadRecord record = new LoadRecord(newId(), LoadRecord.Kind.RESTORE, LoadRecord.Status.FINISHED,
                who.orElse(null), at, at, null, List.of(), before, state(store.current()), null);
        history.append(record);
        audit.record("restore", who, Map.of("id", record.id(), "from", String.valueOf(before.id()), "to", snapshotId));
        return record;
    }

    public List<KeptSnapshot> snapshots() {
        String current = store.current().map(Snapshot::id).orElse(null);
        return store.listNewestFirst().stream().filter(Snapshot::isComplete).map(s -> {
            SnapshotManifest manifest = SnapshotManifest.readFrom(s);
            return new KeptSnapshot(s.id(), manifest.builtAt(), s.id().equals(current), manifest.counts());
        }).toList();
    }

    private LoadRecord await(Process process, LoadRecord record, Path log) {
        LoadRecord end;
        try {
            if (!process.waitFor(etl.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return finish(record.ended(LoadRecord.Status.FAILED, now(), state(store.current()),
                        "the ETL was stopped after running longer than " + etl.timeout() + ":\n" + tail(log)));
            }
            int exit = process.exitValue();
            Optional<Snapshot> after = store.current();
            boolean published = after.isPresent() && !after.get().id().equals(record.before().id());
            if (exit == 0 && published) {
                end = record.ended(LoadRecord.Status.FINISHED, now(), state(after), null);
            } else {
                String why = exit == 0 ? "the ETL ended without publishing a snapshot" : "the ETL exited with code " + exit;
                end = record.ended(LoadRecord.Status.FAILED, now(), state(after), why + ":\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            end = record.ended(LoadRecord.Status.FAILED, now(), state(store.current()), "the dashboard stopped the ETL");
        } catch (RuntimeException e) {
            end = record.ended(LoadRecord.Status.FAILED, now(), record.before(), "the load failed: " + e.getMessage());
        }
        return finish(end);
    }

    /** Records a load's end (history, then audit) and frees the runner for the next one. */
    private LoadRecord finish(LoadRecord end) {
        history.append(end);
        Optional<String> who = Optional.ofNullable(end.who());
        if (end.status() == LoadRecord.Status.FINISHED) {
            audit.record("load_finished", who, Map.of("load", end.id(), "from", String.valueOf(end.before().id()),
                    "to", String.valueOf(end.after().id())));
        } else {
            audit.record("load_failed", who, Map.of("load", end.id(), "reason", end.error()));
        }
        running.set(null);
        return end;
    }

    private void refuseWhileBusy() {
        String load = running.get();
        if (load != null) {
            throw Refusal.busy("load " + load + " is running; wait until it ends");
        }
        // Another ETL (a command-line run) may be publishing into the same folder.
        try (PublishLock probe = PublishLock.acquire(data)) {
            // free
        } catch (IllegalStateException e) {
            throw Refusal.busy(e.getMessage());
        }
    }

    private List<String> command(List<String> etlInputs) {
        List<String> command = new ArrayList<>(etl.command());
        command.addAll(List.of("--out", data.toString(), "--keep", String.valueOf(etl.keep())));
        for (String input : etlInputs) {
            command.add("--in");
            command.add(input);
        }
        return command;
    }

    private static LoadRecord.File row(Accepted accepted) {
        UploadPreview p = accepted.preview();
        UploadPreview.Period period = p.periods().isEmpty() ? null : p.periods().get(0);
        return new LoadRecord.File(accepted.file().sha256(), accepted.file().originalName(), accepted.file().format(),
                p.unit() == null ? null : p.unit().code(), p.unit() == null ? null : p.unit().name(),
                period == null ? null : period.start(), period == null ? null : period.end(),
                period == null ? null : period.label());
    }

    private static LoadRecord.SnapshotState state(Optional<Snapshot> snapshot) {
        return snapshot.map(s -> new LoadRecord.SnapshotState(s.id(),
                        s.isComplete() ? SnapshotManifest.readFrom(s).counts() : Map.of()))
                .orElse(new LoadRecord.SnapshotState(null, Map.of()));
    }

    /** The last lines the ETL wrote: where its error is. */
    static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - ERROR_LINES), lines.size()).stream()
                    .map(l -> l.length() > 500 ? l.substring(0, 500) + "…" : l).toList());
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String newId() {
        return ID_TIME.format(clock.instant()) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    private String now() {
        return clock.instant().toString();
    }

    private static boolean alive(Long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The load running now, if any. */
    public Optional<String> running() {
        return Optional.ofNullable(running.get());
    }
}

package vn.doisanh.warehouse.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the load history: a load (new reports through the ETL) or a restore (an older snapshot published
 * again), in one of its states. A load is written when it starts and again when it ends; the last line of an id
 * is its state.
 *
 * @param pid        the ETL process while it runs, so a restarted dashboard can tell a dead load from a live one
 * @param before     the snapshot serving when it started
 * @param after      the snapshot serving when it ended (the same as before when it failed)
 * @param error      the reason it failed: the last lines the ETL wrote
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoadRecord(String id, Kind kind, Status status, String who, String startedAt, String finishedAt,
                         Long pid, List<File> files, SnapshotState before, SnapshotState after, String error) {
    public LoadRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        files = files == null ? List.of() : List.copyOf(files);
    }

    public enum Kind {
        @JsonProperty("load") LOAD,
        @JsonProperty("restore") RESTORE
    }

    public enum Status {
        @JsonProperty("running") RUNNING,
        @JsonProperty("finished") FINISHED,
        @JsonProperty("failed") FAILED,
        /** Found running when the dashboard started, its process gone. */
        @JsonProperty("interrupted") INTERRUPTED
    }

    /** A file of a load: its hash, the name it was sent under (display only), and what the preview read. */
    public record File(String sha256, String originalName, String format, String unitCode, String unitName,
                       String periodStart, String periodEnd, String periodLabel) {
    }

    /** A snapshot and its counts (the manifest's: facts, reports, units_loaded…); null id when none was served. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SnapshotState(String id, Map<String, Long> counts) {
        public SnapshotState {
            counts = counts == null ? Map.of() : Map.copyOf(counts);
        }
    }

    public LoadRecord ended(Status end, String at, SnapshotState afterwards, String reason) {
        return new LoadRecord(id, kind, end, who, startedAt, at, null, files, before, afterwards, reason);
    }
}

package vn.doisanh.export.data;

import java.time.LocalDateTime;
import vn.doisanh.export.text.VnFormat;

/** The warehouse snapshot an export was made from: whoever holds the file can find the same figures again. */
public record Stamp(String snapshotId, LocalDateTime builtAtUtc) {
    public String describe() {
        return "kho " + snapshotId + ", lập " + VnFormat.utc(builtAtUtc);
    }
}

package vn.doisanh.dashboard.upload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.doisanh.dashboard.auth.AuditLog;

/** An audit log that keeps what it is told, for tests to read. */
public final class RecordingAudit implements AuditLog {
    public record Entry(String action, Optional<String> who, Map<String, ?> details) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(String action, Optional<String> who, Map<String, ?> details) {
        entries.add(new Entry(action, who, Map.copyOf(details.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))));
    }

    public List<String> actions() {
        return entries.stream().map(Entry::action).toList();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}

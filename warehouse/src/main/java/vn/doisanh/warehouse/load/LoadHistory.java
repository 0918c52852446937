package vn.doisanh.warehouse.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code <data>/loads/history.jsonl}: every load and restore, one JSON line per change of state, appended and never
 * rewritten, so it survives restarts and a crash can lose at most the line being written (which is skipped).
 */
public final class LoadHistory {
    public static final String FOLDER = "loads";
    public static final String FILE = "history.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    /** @param data the data folder (the ETL's {@code --out}) */
    public LoadHistory(Path data) {
        this.file = data.toAbsolutePath().normalize().resolve(FOLDER).resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public synchronized void append(LoadRecord record) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(record) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** The latest state of every load and restore, newest first. */
    public synchronized List<LoadRecord> all() {
        Map<String, LoadRecord> latest = new LinkedHashMap<>();
        for (LoadRecord record : lines()) {
            latest.remove(record.id());
            latest.put(record.id(), record);
        }
        List<LoadRecord> newestFirst = new ArrayList<>(latest.values());
        // As instants: ISO text does not sort when one has fractions of a second and the other none.
        newestFirst.sort(java.util.Comparator.comparing((LoadRecord r) -> instant(r.startedAt())).reversed());
        return newestFirst;
    }

    private static java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text);
        } catch (RuntimeException e) {
            return java.time.Instant.EPOCH; // an unreadable time sorts last rather than hiding the record
        }
    }

    public Optional<LoadRecord> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Marks loads that were running when the last dashboard stopped, and whose ETL process is gone, as interrupted:
     * nothing will ever finish them. Returns them.
     */
    public synchronized List<LoadRecord> markInterrupted(Predicate<Long> processAlive, String now) {
        List<LoadRecord> interrupted = new ArrayList<>();
        for (LoadRecord record : all()) {
            if (record.status() == LoadRecord.Status.RUNNING
                    && (record.pid() == null || !processAlive.test(record.pid()))) {
                LoadRecord ended = record.ended(LoadRecord.Status.INTERRUPTED, now, record.before(),
                        "the dashboard stopped while this load ran, and its ETL process is gone");
                append(ended);
                interrupted.add(ended);
            }
        }
        return interrupted;
    }

    private List<LoadRecord> lines() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<LoadRecord> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(JSON.readValue(line, LoadRecord.class));
                } catch (JsonProcessingException torn) {
                    // a line cut short by a crash: the state before it still stands
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return records;
    }
}

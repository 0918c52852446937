package vn.doisanh.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadHistoryTest {
    @TempDir
    Path data;

    private static LoadRecord running(String id, String at, long pid) {
        return new LoadRecord(id, LoadRecord.Kind.LOAD, LoadRecord.Status.RUNNING, "an", at, null, pid,
                List.of(new LoadRecord.File("ab".repeat(32), "bc.txt", "txt", "10816", "Xã Hà Bắc",
                        "2025-07-01", "2026-06-30", "Sơ kết")),
                new LoadRecord.SnapshotState("s1", Map.of("facts", 10L)), null, null);
    }

    @Test
    void the_last_line_of_a_load_is_its_state_and_it_survives_a_restart() {
        LoadHistory history = new LoadHistory(data);
        LoadRecord started = running("L1", "2026-11-27T06:00:00Z", 1);
        history.append(started);
        history.append(started.ended(LoadRecord.Status.FINISHED, "2026-11-27T06:01:00Z",
                new LoadRecord.SnapshotState("s2", Map.of("facts", 12L)), null));
        history.append(running("L2", "2026-11-27T07:00:00Z", 2));

        List<LoadRecord> all = new LoadHistory(data).all();
        assertThat(all).extracting(LoadRecord::id).containsExactly("L2", "L1");
        LoadRecord first = all.get(1);
        assertThat(first.status()).isEqualTo(LoadRecord.Status.FINISHED);
        assertThat(first.after().counts()).containsEntry("facts", 12L);
        assertThat(first.files()).singleElement().extracting(LoadRecord.File::unitCode).isEqualTo("10816");
        assertThat(data.resolve("loads/history.jsonl")).exists();
    }

    @Test
    void a_load_running_when_the_dashboard_stopped_whose_process_is_gone_is_marked_interrupted() {
        LoadHistory history = new LoadHistory(data);
        history.append(running("dead", "2026-11-27T06:00:00Z", 111));
        history.append(running("alive", "2026-11-27T06:05:00Z", 222));
        List<LoadRecord> marked = new LoadHistory(data).markInterrupted(pid -> pid == 222, "2026-11-27T08:00:00Z");
        assertThat(marked).extracting(LoadRecord::id).containsExactly("dead");
        assertThat(history.find("dead").orElseThrow().status()).isEqualTo(LoadRecord.Status.INTERRUPTED);
        assertThat(history.find("alive").orElseThrow().status()).isEqualTo(LoadRecord.Status.RUNNING);
    }

    @Test
    void newest_first_means_by_time_even_when_only_one_has_fractions_of_a_second() {
        LoadHistory history = new LoadHistory(data);
        history.append(running("whole", "2026-11-27T06:00:00Z", 1));
        history.append(running("later", "2026-11-27T06:00:00.500Z", 2));
        assertThat(history.all()).extracting(LoadRecord::id).containsExactly("later", "whole");
    }

    @Test
    void a_line_torn_by_a_crash_is_skipped() throws IOException {
        LoadHistory history = new LoadHistory(data);
        history.append(running("L1", "2026-11-27T06:00:00Z", 1));
        Files.writeString(history.file(), "{\"id\":\"L1\",\"kind\":\"lo", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(history.all()).extracting(LoadRecord::id).containsExactly("L1");
    }
}

package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditLogTest {
    @TempDir
    Path data;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));

    @Test
    void each_record_is_one_JSON_line_with_time_action_user_ip_and_details() throws Exception {
        JsonLinesAuditLog log = new JsonLinesAuditLog(data.resolve("audit.jsonl"), clock);
        log.record("upload", Optional.of("phantich"), "10.0.0.5", Map.of("sha256", "abc", "files", 2));
        log.record("user_add", Optional.empty(), Map.of("username", "habac"));
        List<String> lines = Files.readAllLines(data.resolve("audit.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("time").asText()).isEqualTo("2026-11-27T08:00:00Z");
        assertThat(first.get("action").asText()).isEqualTo("upload");
        assertThat(first.get("user").asText()).isEqualTo("phantich");
        assertThat(first.get("ip").asText()).isEqualTo("10.0.0.5");
        assertThat(first.at("/details/files").asInt()).isEqualTo(2);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("user").isNull()).isTrue();
        assertThat(second.get("ip").isNull()).isTrue();
    }

    @Test
    void appends_from_many_threads_and_two_logs_on_one_file_never_mix_lines() throws Exception {
        JsonLinesAuditLog one = JsonLinesAuditLog.in(data);
        JsonLinesAuditLog two = JsonLinesAuditLog.in(data);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            JsonLinesAuditLog log = i % 2 == 0 ? one : two;
            int n = i;
            done.add(pool.submit(() -> log.record("login", Optional.of("user" + n), "127.0.0.1",
                    Map.of("text", "x".repeat(500 + n)))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<String> lines = Files.readAllLines(data.resolve("audit.jsonl"));
        assertThat(lines).hasSize(400);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).get("action").asText()).isEqualTo("login");
        }
    }
}

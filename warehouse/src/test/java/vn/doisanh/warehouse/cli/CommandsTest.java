package vn.doisanh.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.warehouse.WarehouseFixture;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

class CommandsTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void publishTheFixture() {
        SnapshotStore store = new SnapshotStore(data);
        Snapshot snapshot = store.create(Instant.parse("2026-05-14T08:00:00Z"));
        WarehouseFixture.buildSnapshot(snapshot.dir(), snapshot.id());
        new SnapshotManifest(snapshot.id(), "2026-05-14T08:00:00Z", "test", List.of(), Map.of()).writeTo(snapshot);
        store.publish(snapshot);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Commands.execute(command, args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void theProfilePrintsOneLinePerIndicatorWithVietnameseNumbersRankAndPercentile() {
        Run run = run(new ProfileCommand(), "10816", "--data", data.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Xã Hà Bắc (10816) · Sơ kết 01 năm");
        assertThat(run.out().lines().filter(l -> l.startsWith("Tỷ lệ hồ sơ đúng hạn (báo cáo)")))
                .singleElement().satisfies(line -> assertThat(line).contains("99,89 %", "hạng   2/8", "phân vị  86"));
        assertThat(run.out()).containsPattern("Quy mô dân số +36\\.429 người +thứ");
        assertThat(run.out()).contains("chỉ tiêu không có số liệu");
    }

    @Test
    void theProfileAsJsonHasEveryIndicator() throws Exception {
        Run run = run(new ProfileCommand(), "10816", "--data", data.toString(), "--json", "--period", "2025-07-01..2026-06-30");
        JsonNode profile = new ObjectMapper().readTree(run.out());
        assertThat(profile.at("/unit/code").asText()).isEqualTo("10816");
        assertThat(profile.at("/frame/start").asText()).isEqualTo("2025-07-01");
        assertThat(profile.get("lines").size()).isGreaterThan(40);
    }

    @Test
    void peersAreListedWithTheirDistances() {
        Run run = run(new PeersCommand(), "10816", "--data", data.toString(), "-k", "3");
        assertThat(run.exit()).isZero();
        List<String> rows = run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+\\d{5}.*")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).matches(".*\\d+,\\d{1,3}$");
    }

    @Test
    void aMistakeIsOneLineOnStderrAndExitCodeTwo() {
        Run unknown = run(new ProfileCommand(), "99999", "--data", data.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("profile: no unit with code '99999' in the warehouse");
        Run noWarehouse = run(new PeersCommand(), "10816", "--data", data.resolve("nowhere").toString());
        assertThat(noWarehouse.err()).contains("no warehouse in").contains("./doisanh etl");
    }

    @Test
    void vietnameseNumbersGroupThousandsWithDotsAndUseACommaForDecimals() {
        assertThat(VietnameseNumbers.format(36429)).isEqualTo("36.429");
        assertThat(VietnameseNumbers.format(99.89)).isEqualTo("99,89");
        assertThat(VietnameseNumbers.format(1234567.125)).isEqualTo("1.234.567,13");
        assertThat(VietnameseNumbers.format(-0.5, 0)).isEqualTo("-1");
    }
}

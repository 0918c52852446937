package vn.doisanh.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exitCode, List<JsonNode> objects) {
    }

    private static Run run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new ExtractCommand()).execute(args);
            List<JsonNode> objects = captured.toString(StandardCharsets.UTF_8).lines().map(ExtractCommandTest::parse).toList();
            return new Run(exit, objects);
        } finally {
            System.setOut(original);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void extracting_the_ha_bac_report_prints_one_json_object_with_its_facts() throws Exception {
        Run run = run("../sample-data/real/000_229544596d0c1ef8.txt");
        assertThat(run.exitCode()).isZero();
        assertThat(run.objects()).hasSize(1);
        JsonNode habac = run.objects().get(0);
        assertThat(habac.at("/unit/name").asText()).isEqualTo("Xã Hà Bắc");
        assertThat(habac.at("/unit/type").asText()).isEqualTo("xã");
        assertThat(habac.at("/period/start").asText()).isEqualTo("2025-07-01");
        JsonNode population = null;
        for (JsonNode fact : habac.get("facts")) {
            if (fact.get("indicator").asText().equals("population")) {
                population = fact;
            }
        }
        assertThat(population).isNotNull();
        assertThat(population.get("value").toString()).isEqualTo("36429");
        assertThat(population.at("/evidence/text").asText()).contains("36.429 người");
        assertThat(population.at("/evidence/offset").isInt()).isTrue();
    }

    @Test
    void a_file_it_cannot_read_gives_an_error_object_and_exit_code_2(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("hỏng.docx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Run run = run(broken.toString(), "../sample-data/real/000_229544596d0c1ef8.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.objects()).hasSize(2);
        assertThat(run.objects().get(0).at("/error/code").asText()).isEqualTo("unreadable_file");
        assertThat(run.objects().get(0).at("/error/message").asText()).contains("hỏng.docx");
        assertThat(run.objects().get(1).has("facts")).isTrue();
    }

    @Test
    void the_json_carries_the_status_the_number_counts_and_the_ledger() throws Exception {
        JsonNode habac = run("../sample-data/real/000_229544596d0c1ef8.txt").objects().get(0);
        assertThat(habac.get("status").asText()).isEqualTo("ready");
        JsonNode numbers = habac.get("numbers");
        assertThat(numbers.get("seen").asInt()).isEqualTo(habac.get("ledger").size());
        assertThat(numbers.get("facts").asInt() + numbers.get("explained").asInt() + numbers.get("unread").asInt())
                .isEqualTo(numbers.get("seen").asInt());
        assertThat(numbers.get("coverage").asDouble()).isBetween(0.0, 1.0);
        for (JsonNode entry : habac.get("ledger")) {
            assertThat(entry.get("sentence").asText()).contains(entry.get("number").asText());
            if (entry.get("role").asText().equals("fact")) {
                assertThat(entry.has("indicator")).as(entry.toString()).isTrue();
            }
        }
    }

    @Test
    void a_period_given_by_hand_fills_in_a_report_that_names_none(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("khong-ky.txt");
        Files.writeString(report, "UBND XÃ HÀ BẮC\nBÁO CÁO\nTrung tâm đã tiếp nhận 1.234 hồ sơ.\n");
        JsonNode held = run(report.toString()).objects().get(0);
        assertThat(held.get("status").asText()).isEqualTo("needs_period");
        assertThat(held.get("period").isNull()).isTrue();
        assertThat(held.get("facts")).hasSize(1);
        JsonNode given = run("--period", "2025-Q4", report.toString()).objects().get(0);
        assertThat(given.get("status").asText()).isEqualTo("ready");
        assertThat(given.at("/period/start").asText()).isEqualTo("2025-10-01");
        assertThat(run("--period", "Q5", report.toString()).exitCode()).isEqualTo(2);
    }
}

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
}

package vn.doisanh.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.warehouse.landing.LandedFile;
import vn.doisanh.warehouse.landing.LandingZone;

/** What a load hands the ETL: the landed files, and a manifest of what analysts said of held ones. */
class LoadInputsTest {
    @TempDir
    Path data;

    private LandedFile land(LandingZone landing, String text) throws Exception {
        try (LandingZone.Staged staged = landing.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                1 << 20)) {
            return landing.file(staged, sha -> new LandedFile(sha, "r.txt", staged.size(), "txt", "an",
                    "2026-12-02T00:00:00Z")).file();
        }
    }

    @Test
    void the_period_given_for_a_held_report_reaches_the_etl_as_a_manifest_line_beside_its_file() throws Exception {
        LandingZone landing = new LandingZone(data);
        LandedFile held = land(landing, "UBND XÃ HÀ BẮC\nBÁO CÁO\nTrung tâm đã tiếp nhận 1.234 hồ sơ.\n");
        LandedFile plain = land(landing, "UBND XÃ HÀ BẮC\nBÁO CÁO\nQuý III/2025\nTiếp nhận 12 hồ sơ.\n");
        landing.give(held.sha256(), new LandingZone.Given(null, "2025-Q4", "an", "2026-12-02T00:00:01Z"));

        Path folder = new LoadInputs(data, landing, data).prepare("load-1", List.of(held, plain));

        assertThat(Files.readAllLines(folder.resolve("manifest.csv"))).containsExactly(
                "file,unit_code,period_start,period_end", held.fileName() + ",,2025-10-01,2025-12-31");
        var extraction = ReportExtractor.standard().extract(folder.resolve(held.fileName()), FileHints.NONE).get(0);
        assertThat(extraction.period().key()).isEqualTo("2025-10-01..2025-12-31");
        assertThat(extraction.facts()).extracting(f -> f.value()).containsExactly(1234.0);
    }

    @Test
    void a_load_without_held_reports_writes_no_manifest() throws Exception {
        LandingZone landing = new LandingZone(data);
        LandedFile plain = land(landing, "UBND XÃ HÀ BẮC\nBÁO CÁO\nQuý III/2025\nTiếp nhận 12 hồ sơ.\n");
        Path folder = new LoadInputs(data, landing, data).prepare("load-2", List.of(plain));
        assertThat(folder.resolve("manifest.csv")).doesNotExist();
        assertThat(folder.resolve(plain.fileName())).exists();
    }
}

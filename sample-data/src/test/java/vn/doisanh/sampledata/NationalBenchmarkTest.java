package vn.doisanh.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.sampledata.plan.FormatMix;
import vn.doisanh.sampledata.plan.ReportPlan;

class NationalBenchmarkTest {

    private static GeneratorSettings national(Path out, boolean dryRun, Set<String> only) {
        return new GeneratorSettings(out, GeneratorSettings.DEFAULT_SEED, 3321, 8, FormatMix.defaultMix(), dryRun, only);
    }

    @Test
    void a_national_run_plans_3321_units_over_8_quarters_from_quy_iii_2025(@TempDir Path out) {
        List<ReportPlan> plans = new SampleGenerator(vn.doisanh.units.UnitRegistry.load(),
                vn.doisanh.catalogue.Catalogue.load()).plan(national(out, true, Set.of()));

        assertThat(plans).hasSize(3321 * 8);
        assertThat(plans.stream().map(p -> p.unit().code()).distinct()).hasSize(3321);
        assertThat(plans.stream().map(p -> p.period().key()).distinct())
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2");
        assertThat(plans.get(plans.size() - 1).unit().code()).isEqualTo("93207");
        assertThat(plans.get(plans.size() - 1).unit().name()).as("invented names say so").endsWith(" Mô Phỏng 3208");
        assertThat(plans.stream().filter(p -> p.inconsistency() != null)).hasSizeGreaterThan(300);
    }

    @Test
    void a_dry_run_writes_nothing(@TempDir Path out) {
        GenerationSummary summary = GeneratedFiles.generate(national(out.resolve("national"), true, Set.of()));

        assertThat(summary.reports()).isEqualTo(26_568);
        assertThat(out.resolve("national")).doesNotExist();
    }

    @Test
    void a_sample_of_the_national_run_writes_invented_units_and_lists_them(@TempDir Path out) {
        GeneratedFiles.generate(national(out.resolve("national"), false, Set.of("90000", "93207", "11948")));

        List<CSVRecord> invented = GeneratedFiles.csv(out.resolve("national/synthetic-units.csv"));
        assertThat(invented).extracting(r -> r.get("code")).containsExactly("90000", "93207");
        assertThat(GeneratedFiles.files(out.resolve("national/93207"))).hasSize(8);
        assertThat(GeneratedFiles.csv(out.resolve("national/ground-truth.csv")))
                .extracting(r -> r.get("unit_code")).containsOnly("90000", "93207", "11948");
    }

    @Test
    void asking_for_more_units_than_the_country_has_fails_clearly(@TempDir Path out) {
        assertThatThrownBy(() -> GeneratedFiles.generate(out, 1, 3322, 1))
                .hasMessageContaining("--units must be 1..3321");
    }
}

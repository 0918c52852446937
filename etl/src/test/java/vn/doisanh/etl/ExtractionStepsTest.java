package vn.doisanh.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.units.UnitRegistry;

/** The executor-side steps on their own, without Spark: listing, extraction to rows, conformance. */
class ExtractionStepsTest {
    private static final ReportExtractor EXTRACTOR = Extractors.extractor();
    private static final Conformance CONFORMANCE = new Conformance(EXTRACTOR.catalogue(), UnitRegistry.load());

    @TempDir
    Path dir;

    private static FileOutcome extract(Path root, String relative) throws Exception {
        Path file = root.resolve(relative);
        SourceFile source = new SourceFile(file.toUri().toString(), relative, 0L, Files.size(file));
        return ExtractFiles.extract(source, Files.readAllBytes(file), EXTRACTOR, CONFORMANCE);
    }

    @Test
    void listingSkipsWhatIsNotAReportAndNamesFilesFromTheInputFolder() {
        Path reports = EtlTestSupport.copyReports(dir);
        List<SourceFile> files = InputListing.list(new Configuration(), List.of(reports.toString()));
        assertThat(files).hasSize(17);
        assertThat(files).extracting(SourceFile::displayPath)
                .contains("reports/real/000_229544596d0c1ef8.txt", "reports/broken/damaged.docx")
                .noneMatch(p -> p.endsWith(".csv") && !p.contains("bieu_mau") || p.startsWith("reports/tools"));
        assertThat(files).extracting(SourceFile::path).isSorted();
    }

    @Test
    void aGoodReportBecomesOneReportRowWithItsFactsAndWarnings() throws Exception {
        Path reports = EtlTestSupport.copyReports(dir);
        FileOutcome outcome = extract(reports.getParent(), "reports/real/000_229544596d0c1ef8.txt");
        assertThat(outcome.reports()).singleElement().satisfies(row -> {
            assertThat(row.getString(3)).isEqualTo("10816");
            assertThat(row.getString(4)).isEqualTo("2025-07-01..2026-06-30");
        });
        assertThat(outcome.facts()).hasSizeGreaterThan(50);
        // Its rates agree with its resolved cases (issue 15): the blank date line is its only warning.
        assertThat(outcome.warnings()).extracting(r -> r.getString(4)).containsExactly("report_date_blank");
        assertThat(outcome.quarantine()).isEmpty();
    }

    @Test
    void aReportThatNamesNoUnitIsHeldInQuarantineWithItsCodeAndTheFiguresItHolds() throws Exception {
        Path reports = EtlTestSupport.copyReports(dir);
        FileOutcome outcome = extract(reports.getParent(), "reports/broken/no-unit.txt");
        assertThat(outcome.quarantinedWhole()).isTrue();
        Row row = outcome.quarantine().get(0);
        assertThat(row.getString(2)).isEqualTo("needs_unit");
        assertThat(row.getString(3)).startsWith("the text names no unit").containsPattern("\\(\\d+ figures read\\)");
    }

    @Test
    void aUnitGivenToTheJobLoadsAReportThatNamesNoneAndTheLedgerRowsComeWithIt() throws Exception {
        Path reports = EtlTestSupport.copyReports(dir);
        Path file = reports.getParent().resolve("reports/broken/no-unit.txt");
        SourceFile source = new SourceFile(file.toUri().toString(), "reports/broken/no-unit.txt", 0L, Files.size(file));
        FileOutcome outcome = ExtractFiles.extract(source, Files.readAllBytes(file), EXTRACTOR, CONFORMANCE,
                new FileHints(Optional.of("10816"), Optional.empty()));
        assertThat(outcome.quarantine()).isEmpty();
        assertThat(outcome.reports()).singleElement().satisfies(row -> assertThat(row.getString(3)).isEqualTo("10816"));
        assertThat(outcome.reading()).singleElement().satisfies(row -> {
            assertThat(row.getInt(4)).as("numbers seen").isPositive();
            assertThat(row.getInt(4)).isEqualTo(row.getInt(5) + row.getInt(6) + row.getInt(7));
        });
        assertThat(outcome.unreadNumbers()).hasSize(outcome.reading().get(0).getInt(7));
    }

    @Test
    void aFactInAnotherUnitOfMeasureThanTheCataloguesIsQuarantinedAlone() {
        var unit = new vn.doisanh.extract.model.UnitRef("11635", "Xã An Trường", "xã");
        var period = new vn.doisanh.extract.model.ReportPeriod(java.time.LocalDate.of(2025, 7, 1),
                java.time.LocalDate.of(2025, 9, 30), "Quý III/2025");
        var evidence = new vn.doisanh.extract.model.Evidence("x", 0, "x", "line 1");
        var good = new vn.doisanh.extract.model.Fact("cases_received", 10, "cases",
                vn.doisanh.extract.model.Qualifier.NONE, evidence, "r");
        var wrongUnit = new vn.doisanh.extract.model.Fact("population", 3, "thousand_people",
                vn.doisanh.extract.model.Qualifier.NONE, evidence, "r");
        var extraction = new vn.doisanh.extract.model.Extraction("f.txt", "sha", "txt", unit, period, null, true,
                List.of(good, wrongUnit), List.of());
        Conformance.Result result = CONFORMANCE.check(extraction);
        assertThat(result.whole()).isEmpty();
        assertThat(result.accepted()).containsExactly(good);
        assertThat(result.rejectedFacts()).extracting(Conformance.Rejection::code).containsExactly("unit_mismatch");
        var unknownUnit = new vn.doisanh.extract.model.Extraction("f.txt", "sha", "txt",
                new vn.doisanh.extract.model.UnitRef("99999", "Xã Không Có", "xã"), period, null, true, List.of(good),
                List.of());
        assertThat(CONFORMANCE.check(unknownUnit).whole()).get().extracting(Conformance.Rejection::code)
                .isEqualTo("unknown_unit");
    }

    @Test
    void onlyALoopbackStandaloneMasterGetsTheDriversClasspath() {
        assertThat(SparkSessions.isLoopbackCluster("spark://127.0.0.1:7077")).isTrue();
        assertThat(SparkSessions.isLoopbackCluster("spark://localhost:7077")).isTrue();
        assertThat(SparkSessions.isLoopbackCluster("spark://spark.example:7077")).isFalse();
        assertThat(SparkSessions.isLoopbackCluster("local[*]")).isFalse();
        assertThat(SparkSessions.absoluteClassPath().split(java.io.File.pathSeparator))
                .allMatch(entry -> Path.of(entry.replace("*", "")).isAbsolute());
    }

    @Test
    void theFilesAreSpreadOverEnoughTasksForProgressButNeverMoreTasksThanFiles() {
        assertThat(EtlRun.slices(344, 2)).isEqualTo(11);
        assertThat(EtlRun.slices(26_568, 2)).isEqualTo(831);
        assertThat(EtlRun.slices(17, 2)).isEqualTo(8);
        assertThat(EtlRun.slices(3, 8)).isEqualTo(3);
    }
}

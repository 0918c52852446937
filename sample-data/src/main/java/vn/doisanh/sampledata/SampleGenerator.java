package vn.doisanh.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.sampledata.figures.QuarterFigures;
import vn.doisanh.sampledata.figures.QuarterModel;
import vn.doisanh.sampledata.figures.UnitProfile;
import vn.doisanh.sampledata.figures.UnitProfileModel;
import vn.doisanh.sampledata.plan.ReportPlan;
import vn.doisanh.sampledata.plan.ReportPlanner;
import vn.doisanh.sampledata.plan.ReportingPeriod;
import vn.doisanh.sampledata.plan.UnitRoster;
import vn.doisanh.sampledata.text.Boilerplate;
import vn.doisanh.sampledata.write.ExpectedOutcomesWriter;
import vn.doisanh.sampledata.write.GroundTruthWriter;
import vn.doisanh.sampledata.write.UnitsCsvWriter;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitRegistry;

/** Runs a generation: plan, draw each unit's figures, write every report, its ground truth and outcomes. */
public final class SampleGenerator {
    private final UnitRegistry registry;
    private final Catalogue catalogue;

    public SampleGenerator(UnitRegistry registry, Catalogue catalogue) {
        this.registry = registry;
        this.catalogue = catalogue;
    }

    public List<ReportPlan> plan(GeneratorSettings settings) {
        RandomStreams streams = new RandomStreams(settings.seed());
        List<Unit> units = UnitRoster.select(registry, settings.units(), streams);
        return ReportPlanner.plan(units, ReportingPeriod.sequence(settings.periods()), settings.formats(), streams);
    }

    public GenerationSummary run(GeneratorSettings settings) {
        List<ReportPlan> all = plan(settings);
        List<ReportPlan> plans = settings.writesEverything() ? all
                : all.stream().filter(p -> settings.onlyUnits().contains(p.unit().code())).toList();
        List<String> missing = settings.onlyUnits().stream()
                .filter(code -> plans.stream().noneMatch(p -> p.unit().code().equals(code))).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("--unit-codes " + missing + " are not among this run's "
                    + settings.units() + " units");
        }
        GenerationSummary summary = new GenerationSummary();
        plans.forEach(summary::planned);
        if (settings.dryRun()) {
            return summary;
        }
        Path out = settings.out();
        OutputFolder.prepare(out);
        RandomStreams streams = new RandomStreams(settings.seed());
        ReportRenderer renderer = new ReportRenderer(streams, Boilerplate.load(),
                catalogue.reported().stream().map(Indicator::id).toList());
        String prefix = out.toAbsolutePath().normalize().getFileName() + "/";
        List<ExpectedOutcome> outcomes = new ArrayList<>();
        try (GroundTruthWriter truth = new GroundTruthWriter(out.resolve(OutputFolder.GROUND_TRUTH), catalogue)) {
            writeReports(plans, settings, streams, renderer, truth, outcomes, summary, prefix);
            List<BrokenFileMaker.BrokenFile> brokenFiles = settings.writesEverything()
                    ? new BrokenFileMaker(renderer, streams).make(plans, registry) : List.of();
            for (BrokenFileMaker.BrokenFile broken : brokenFiles) {
                summary.wrote(save(out, broken.relativePath(), broken.content()));
                summary.broken(broken.relativePath(), broken.code());
                outcomes.add(new ExpectedOutcome(prefix + broken.relativePath(), broken.outcome(),
                        broken.code()));
            }
            summary.groundTruthRows(truth.rows());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the ground truth in " + out, e);
        }
        ExpectedOutcomesWriter.write(out.resolve(OutputFolder.OUTCOMES), outcomes);
        List<Unit> invented = plans.stream().map(ReportPlan::unit).distinct().filter(UnitRoster::isInvented).toList();
        if (!invented.isEmpty()) {
            UnitsCsvWriter.write(out.resolve(OutputFolder.INVENTED_UNITS), invented);
        }
        return summary;
    }

    private static void writeReports(List<ReportPlan> plans, GeneratorSettings settings, RandomStreams streams,
            ReportRenderer renderer, GroundTruthWriter truth, List<ExpectedOutcome> outcomes, GenerationSummary summary,
            String prefix) {
        ReportingPeriod last = ReportingPeriod.sequence(settings.periods()).get(settings.periods() - 1);
        Unit current = null;
        UnitProfile profile = null;
        List<QuarterFigures> timeline = null;
        for (ReportPlan plan : plans) {
            if (!plan.unit().equals(current)) {
                // Plans come grouped by unit; draw its profile and quarters once.
                current = plan.unit();
                profile = UnitProfileModel.draw(current, streams.dice("profile", current.code()));
                timeline = QuarterModel.timeline(profile, last, streams.dice("timeline", current.code()));
            }
            RenderedReport report = renderer.render(plan, profile, timeline);
            summary.wrote(save(settings.out(), plan.relativePath(), report.content()));
            truth.write(prefix + plan.relativePath(), plan.unit().code(), plan.period(), report.figures());
            outcomes.add(plan.deliberateInconsistency()
                    .map(i -> new ExpectedOutcome(prefix + plan.relativePath(), ExpectedOutcome.Kind.WARNING, i.warningCode()))
                    .orElse(ExpectedOutcome.ok(prefix + plan.relativePath())));
        }
    }

    /** Writes a file that must not exist yet: two reports with one path would be a planning bug. */
    private static long save(Path out, String relativePath, byte[] content) {
        Path file = out.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
            return content.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

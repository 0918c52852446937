package vn.doisanh.sampledata;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.sampledata.plan.FormatMix;
import vn.doisanh.sampledata.plan.UnitRoster;
import vn.doisanh.units.UnitRegistry;

/** {@code doisanh-sample-data}: writes the labelled synthetic reports, their ground truth and expected outcomes. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates synthetic commune reports (txt, docx, csv, xlsx) with ground truth, reproducibly.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("sample-data", "synthetic");

    @Option(names = "--seed", description = "Random seed; the same seed gives byte-identical files (default: ${DEFAULT-VALUE}).")
    long seed = GeneratorSettings.DEFAULT_SEED;

    @Option(names = "--units", description = "How many units: up to 113 registry units (Hà Bắc excluded), then "
            + "invented ones from code 90000, at most " + UnitRoster.MAX_UNITS + " (default: all 113 city units).")
    Integer units;

    @Option(names = "--periods", description = "How many quarters from Quý III/2025 (default: ${DEFAULT-VALUE}; "
            + "the national benchmark uses 8).")
    int periods = GeneratorSettings.CITY_PERIODS;

    @Option(names = "--formats", description = "'mix' (60%% txt, 20%% docx, 10%% csv, 10%% xlsx) or weights such as "
            + "'txt=3,docx=1' (default: ${DEFAULT-VALUE}).")
    String formats = "mix";

    @Option(names = "--unit-codes", split = ",", description = "Write only these units' reports (every choice is "
            + "still made for the whole run, so they match a full run); no broken files. For sampling large runs.")
    Set<String> unitCodes = new TreeSet<>();

    @Option(names = "--dry-run", description = "Plan only: print what would be written, write nothing.")
    boolean dryRun;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        UnitRegistry registry = UnitRegistry.load();
        int unitCount = units == null ? UnitRoster.cityUnitCount(registry) : units;
        GeneratorSettings settings = new GeneratorSettings(out, seed, unitCount, periods, FormatMix.parse(formats), dryRun,
                unitCodes);
        GenerationSummary summary = new SampleGenerator(registry, Catalogue.load()).run(settings);
        System.out.println((dryRun ? "[dry run] " : "wrote " + out + ": ") + summary.describe());
        return 0;
    }
}

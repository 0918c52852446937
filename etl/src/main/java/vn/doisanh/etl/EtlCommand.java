package vn.doisanh.etl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.doisanh.extract.meta.GivenHints;
import vn.doisanh.units.UnitRegistry;
import vn.doisanh.warehouse.cli.Commands;

/** {@code doisanh etl --in DIR --out DIR}: reports → Parquet → a new DuckDB warehouse snapshot, published. */
@Command(name = "etl", mixinStandardHelpOptions = true, description = {
    "Extract every report under --in on Spark, write conformed Parquet tables and build a DuckDB warehouse from",
    "them as a new snapshot under --out, then switch --out/current to it in one atomic step."})
public final class EtlCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "DIR",
            description = "Folder (or file) of reports; repeatable; any Hadoop path (file:, hdfs:…).")
    private List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Local warehouse folder: snapshots/ and the current link (what --data of profile reads).")
    private Path out;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master URL. Default: ${DEFAULT-VALUE}.")
    private String master;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "3",
            description = "Snapshots to keep, the current one included. Default: ${DEFAULT-VALUE}.")
    private int keep;

    @Option(names = "--fresh",
            description = "Ignore the published snapshot: do not carry over the history of replaced reports.")
    private boolean fresh;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark setting; repeatable.")
    private Map<String, String> conf = Map.of();

    @Option(names = "--unit", paramLabel = "CODE|NAME",
            description = "The unit of reports whose text, folder and manifest name none.")
    private String unit;

    @Option(names = "--period", paramLabel = "PERIOD", description = "The period of reports whose heading, folder "
            + "and manifest name none: 2025-Q3, 2026-H1, 2025 or 2025-10-01..2025-12-31.")
    private String period;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String unitCode;
        try {
            unitCode = GivenHints.parse(unit, period, UnitRegistry.load()).unitCode().orElse(null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        EtlSummary summary = new EtlRun(new EtlOptions(inputs, out, master, keep, fresh, conf, unitCode, period), err)
                .run();
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        summary.lines().forEach(stdout::println);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Commands.execute(new EtlCommand(), args));
    }
}

package vn.doisanh.warehouse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.doisanh.warehouse.query.UnitProfileQuery;
import vn.doisanh.warehouse.query.Warehouse;

/** {@code doisanh profile CODE}: a unit's indicators with value, rank of N and percentile. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Print a unit's indicators with value, rank of N units and percentile (one line each).")
public final class ProfileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CODE", description = "The unit's 5-digit code, e.g. 10816 (Xã Hà Bắc).")
    private String unitCode;

    @Mixin
    private DataFolder data;

    @Option(names = "--period", paramLabel = "P",
            description = "A period key (2025-07-01..2026-06-30), 2025-Q3, 2026-H1, 2025 or a label. "
                    + "Default: the latest period the unit reported for.")
    private String period;

    @Option(names = "--peers", paramLabel = "K", defaultValue = "10",
            description = "Peers for the peer median. Default: ${DEFAULT-VALUE}.")
    private int peers;

    @Option(names = "--json", description = "Print the whole profile as JSON (every indicator, with medians).")
    private boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Warehouse warehouse = Warehouse.open(data.dir)) {
            UnitProfileQuery.Profile profile = new UnitProfileQuery(warehouse).run(
                    new UnitProfileQuery.Request(unitCode, Optional.ofNullable(period), peers));
            if (json) {
                out.println(Json.of(profile));
            } else {
                ProfileText.lines(profile, warehouse.snapshot().id()).forEach(out::println);
            }
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(Commands.execute(new ProfileCommand(), args));
    }
}

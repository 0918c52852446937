package vn.doisanh.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doisanh bench}: every performance figure of the issue beside its baseline, written to BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measures extraction, the ETL (city and national), the warehouse queries, HTTP (wrk), page rendering",
    "(headless Chromium) and memory, each beside a baseline measured in the same run, and writes BENCHMARKS.md."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "A short run (about 4 min): fewer repetitions, 5 s wrk runs, N = 1,000.")
    boolean quick;

    @Option(names = "--national", paramLabel = "N", description = "Largest national size in reports "
            + "(multiple of 8, at most 26,568; default: ${DEFAULT-VALUE}). Rungs 1,000 and 5,000 run below it.")
    int national = 26_568;

    @Option(names = "--budget-minutes", description = "Time budget; the national ladder shrinks its top rung to "
            + "fit (default: ${DEFAULT-VALUE}).")
    double budgetMinutes = 14;

    @Option(names = "--root", description = "Repository root (default: the one this jar was built in).")
    Path root = defaultRoot();

    @Option(names = "--work", description = "Scratch folder (default: ROOT/bench/target/run).")
    Path work;

    @Option(names = "--out", description = "Report file (default: ROOT/BENCHMARKS.md).")
    Path out;

    /** ROOT/bench/target/bench-….jar (or ROOT/bench/target/classes) → ROOT, so the launcher works from any folder. */
    static Path defaultRoot() {
        try {
            Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().getParent().getParent();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int n = Math.min(NationalSet.PERIODS * NationalSet.MAX_UNITS, Math.max(8, national - national % 8));
        BenchOptions options = new BenchOptions(root, work != null ? work : root.resolve("bench/target/run"),
                out != null ? out : root.resolve("BENCHMARKS.md"), quick, n, budgetMinutes * 60);
        Files.createDirectories(options.work().resolve("logs"));
        Log log = new Log();
        List<String> notes = new ArrayList<>();
        String loadAtStart = Machine.loadAverage();
        List<Figure> figures = new BenchRun(options, log, notes).run();
        String command = "./doisanh bench" + (quick ? " --quick" : "") + (national != 26_568 ? " --national "
                + national : "") + (budgetMinutes != 14 ? " --budget-minutes " + budgetMinutes : "");
        notes.add("1-minute load average " + loadAtStart + " at the start and " + Machine.loadAverage() + " at the end"
                + " on " + Runtime.getRuntime().availableProcessors() + " cores: above the core count, other work "
                + "shared the machine and every figure is pessimistic (ratios to same-run baselines less so).");
        notes.add("Logs of every child run (ETL, dashboard, wrk, generator) are under " + options.work() + "/logs.");
        profileNotes(options.root()).ifPresent(notes::add);
        MarkdownReport report = new MarkdownReport(ZonedDateTime.now(), Machine.current(), command,
                log.elapsedSeconds(), figures, notes);
        report.writeTo(options.out());
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.println(report.render());
        log.line(String.format(Locale.ROOT, "wrote %s (%.1f min)", options.out(), log.elapsedSeconds() / 60));
        return 0;
    }

    /** What the profiles showed: analysis written by a person after a run (bench/profile-notes.md), kept beside it. */
    private static Optional<String> profileNotes(Path root) throws java.io.IOException {
        Path file = root.resolve("bench/profile-notes.md");
        return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    }
}

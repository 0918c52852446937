package vn.doisanh.export;

import vn.doisanh.warehouse.query.ComparisonGroup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.doisanh.warehouse.cli.Commands;
import vn.doisanh.warehouse.query.Warehouse;

/** {@code doisanh pack CODE --out FILE.pptx|FILE.pdf}: the meeting pack of one unit and period. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Write the meeting pack of one unit and period: PowerPoint (.pptx, native charts and tables) "
                + "or PDF (.pdf), chosen by the extension of --out."})
public final class PackCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CODE", description = "The unit's 5-digit code, e.g. 10816 (Xã Hà Bắc).")
    private String unitCode;

    @Option(names = "--period", paramLabel = "P",
            description = "A period key (2025-07-01..2026-06-30), 2025-Q3, 2026-H1, 2025 or a label. "
                    + "Default: the latest period the unit reported for.")
    private String period;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The warehouse folder (the etl command's --out). Default: ${DEFAULT-VALUE}.")
    private Path data;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write: FILE.pptx or FILE.pdf.")
    private Path out;

    @Option(names = "--group", paramLabel = "G", defaultValue = "all",
            description = "Comparison group for medians: all, type, district or peers. Default: ${DEFAULT-VALUE}.")
    private String group;

    @Option(names = "--indicator", paramLabel = "ID", defaultValue = PackRequest.DEFAULT_INDICATOR,
            description = "Headline indicator of the ranking and trend pages. Default: ${DEFAULT-VALUE}.")
    private String indicator;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".pptx")) {
            throw new IllegalArgumentException("--out must end in .pptx or .pdf, got '" + out + "'");
        }
        PackRequest request = new PackRequest(unitCode, Optional.ofNullable(period), ComparisonGroup.require(group),
                indicator);
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Written beside the target, then moved: a failed run never leaves half a file under the asked name.
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (Warehouse warehouse = Warehouse.open(data); OutputStream stream = Files.newOutputStream(partial)) {
            if (pdf) {
                MeetingPack.pdf(warehouse, request, stream);
            } else {
                MeetingPack.pptx(warehouse, request, stream);
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("pack: wrote " + target);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Commands.execute(new PackCommand(), args));
    }
}

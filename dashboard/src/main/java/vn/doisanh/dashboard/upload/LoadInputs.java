package vn.doisanh.dashboard.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.warehouse.landing.LandedFile;
import vn.doisanh.warehouse.landing.LandingZone;
import vn.doisanh.warehouse.load.LoadHistory;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;

/**
 * What a load gives the ETL: the inputs the current snapshot was built from (its manifest records them) plus one
 * folder of this load's files. The ETL rebuilds the whole warehouse from its inputs, so leaving an earlier input
 * out would drop its reports.
 */
final class LoadInputs {
    private final Path loads;
    private final LandingZone landing;
    private final Path workingDir;

    LoadInputs(Path data, LandingZone landing, Path workingDir) {
        this.loads = data.resolve(LoadHistory.FOLDER);
        this.landing = landing;
        this.workingDir = workingDir;
    }

    /** The current snapshot's inputs, relative ones made absolute against the ETL's working folder. */
    List<String> of(Optional<Snapshot> current) {
        Set<String> inputs = new LinkedHashSet<>();
        current.map(SnapshotManifest::readFrom).ifPresent(m -> m.inputs().forEach(input -> inputs.add(
                isUri(input) || Path.of(input).isAbsolute() ? input : workingDir.resolve(input).normalize().toString())));
        return new ArrayList<>(inputs);
    }

    /** The earlier load whose folder, among the inputs, holds this file already: loading it again would double it. */
    Optional<String> loadHolding(List<String> inputs, LandedFile file) {
        return inputs.stream().filter(i -> !isUri(i)).map(Path::of)
                .filter(p -> p.startsWith(loads) && Files.exists(p.resolve(file.fileName())))
                .map(p -> p.getParent().getFileName().toString()).findFirst();
    }

    /** {@code loads/<id>/files/<sha256>.<format>}: the landed files under the names the ETL reads their format by. */
    Path prepare(String loadId, List<LandedFile> files) {
        Path folder = loads.resolve(loadId).resolve("files");
        try {
            Files.createDirectories(folder);
            writeManifest(folder, files);
            for (LandedFile file : files) {
                Path source = landing.path(file.sha256());
                Path target = folder.resolve(file.fileName());
                try {
                    Files.createLink(target, source); // the landing zone never changes a file: sharing it is safe
                } catch (UnsupportedOperationException | IOException noLink) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the files of load " + loadId + " in " + folder, e);
        }
    }

    /**
     * The unit and period analysts gave for reports that name none, as a {@code manifest.csv} beside the files:
     * the ETL reads it for this load and for every later load that carries this folder among its inputs.
     */
    private void writeManifest(Path folder, List<LandedFile> files) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (LandedFile file : files) {
            Optional<LandingZone.Given> given = landing.given(file.sha256());
            if (given.isEmpty()) {
                continue;
            }
            Optional<ReportPeriod> period = Optional.ofNullable(given.get().period()).map(FileHints::parsePeriod);
            rows.append(file.fileName()).append(',').append(Objects.toString(given.get().unitCode(), "")).append(',')
                    .append(period.map(p -> p.start().toString()).orElse("")).append(',')
                    .append(period.map(p -> p.end().toString()).orElse("")).append('\n');
        }
        if (!rows.isEmpty()) {
            Files.writeString(folder.resolve("manifest.csv"), "file,unit_code,period_start,period_end\n" + rows,
                    StandardCharsets.UTF_8);
        }
    }

    Path log(String loadId) {
        return loads.resolve(loadId).resolve("etl.log");
    }

    /** A Hadoop path such as {@code hdfs://…} or {@code file:/…}: passed on as it is. */
    private static boolean isUri(String input) {
        return input.contains(":");
    }
}

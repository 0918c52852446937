package vn.doisanh.sampledata.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.doisanh.units.Unit;

/** Writes invented units in the registry's own columns, so a national run can load them beside units.csv. */
public final class UnitsCsvWriter {
    private UnitsCsvWriter() {
    }

    public static void write(Path file, List<Unit> units) {
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("code", "name", "type", "former_district", "merged_from", "area_km2", "population");
            for (Unit unit : units) {
                printer.printRecord(unit.code(), unit.name(), unit.type().vietnamese(), unit.formerDistrict(),
                        String.join("; ", unit.mergedFrom()), unit.areaKm2(), unit.population());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

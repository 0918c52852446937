package vn.doisanh.extract.meta;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * What the place of a file says when its text does not: a folder named by unit code ({@code 10816/}) or period
 * ({@code 2025-Q3/}, {@code 2026-H1/}, {@code 2025/}), or a {@code manifest.csv} beside the file with columns
 * {@code file,unit_code,period_start,period_end[,period_label]}. {@code unitGiven}: the unit was given by a person
 * (a manifest line, {@code --unit}, the upload preview), not read off a folder's name, and so may stand for a
 * heading name the registry does not know.
 */
public record FileHints(Optional<String> unitCode, Optional<ReportPeriod> period, boolean unitGiven) {
    public static final FileHints NONE = new FileHints(Optional.empty(), Optional.empty());

    /** Hints given by a person: a manifest line, options, the upload preview. */
    public FileHints(Optional<String> unitCode, Optional<ReportPeriod> period) {
        this(unitCode, period, unitCode.isPresent());
    }

    private static FileHints ofFolders(Optional<String> unitCode, Optional<ReportPeriod> period) {
        return new FileHints(unitCode, period, false);
    }
    private static final Pattern QUARTER_FOLDER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF_FOLDER = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR_FOLDER = Pattern.compile("(\\d{4})");
    private static final Pattern CODE_FOLDER = Pattern.compile("\\d{5}");

    public static FileHints of(Path file) {
        Optional<FileHints> fromManifest = manifest(file);
        if (fromManifest.isPresent()) {
            return fromManifest.get();
        }
        Optional<String> code = Optional.empty();
        Optional<ReportPeriod> period = Optional.empty();
        for (Path folder = file.toAbsolutePath().getParent(); folder != null && folder.getFileName() != null;
                folder = folder.getParent()) {
            String name = folder.getFileName().toString();
            if (code.isEmpty() && CODE_FOLDER.matcher(name).matches()) {
                code = Optional.of(name);
            }
            if (period.isEmpty()) {
                period = periodOfFolder(name);
            }
        }
        return ofFolders(code, period);
    }

    /** These hints where they say something, else {@code other}'s: options given by hand before a file's place. */
    public FileHints orElse(FileHints other) {
        return unitCode.isPresent() ? new FileHints(unitCode, period.or(other::period), unitGiven)
                : new FileHints(other.unitCode, period.or(other::period), other.unitGiven);
    }

    /**
     * A period as an option names it: {@code 2025-Q3}, {@code 2026-H1}, {@code 2025} or {@code 2025-10-01..2025-12-31}.
     *
     * @throws IllegalArgumentException naming what is accepted, for any other text
     */
    public static ReportPeriod parsePeriod(String text) {
        String s = text.trim();
        Optional<ReportPeriod> named = periodOfFolder(s);
        if (named.isPresent()) {
            return named.get();
        }
        String[] ends = s.split("\\.\\.", -1);
        Optional<LocalDate> start = ends.length == 2 ? DateText.parse(ends[0]) : Optional.empty();
        Optional<LocalDate> end = ends.length == 2 ? DateText.parse(ends[1]) : Optional.empty();
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("'" + text + "' is not a period: write 2025-Q3, 2026-H1, 2025 or "
                    + "2025-10-01..2025-12-31");
        }
        return Periods.range(start.get(), end.get());
    }

    static Optional<ReportPeriod> periodOfFolder(String name) {
        Matcher quarter = QUARTER_FOLDER.matcher(name);
        if (quarter.matches()) {
            return Optional.of(Periods.quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
        }
        Matcher half = HALF_FOLDER.matcher(name);
        if (half.matches()) {
            return Optional.of(Periods.half(Integer.parseInt(half.group(1)), Integer.parseInt(half.group(2))));
        }
        Matcher year = YEAR_FOLDER.matcher(name);
        if (year.matches()) {
            return Optional.of(Periods.year(Integer.parseInt(year.group(1))));
        }
        return Optional.empty();
    }

    private static Optional<FileHints> manifest(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        Path manifest = parent == null ? null : parent.resolve("manifest.csv");
        if (manifest == null || !Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                if (row.get("file").equals(file.getFileName().toString())) {
                    return Optional.of(fromRow(row));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static FileHints fromRow(CSVRecord row) {
        Optional<LocalDate> start = DateText.parse(row.get("period_start"));
        Optional<LocalDate> end = DateText.parse(row.get("period_end"));
        Optional<ReportPeriod> period = start.isPresent() && end.isPresent()
                ? Optional.of(new ReportPeriod(start.get(), end.get(),
                        row.isMapped("period_label") && !row.get("period_label").isBlank() ? row.get("period_label")
                                : Periods.rangeLabel(start.get(), end.get())))
                : Optional.empty();
        String code = row.get("unit_code").trim();
        return new FileHints(code.isEmpty() ? Optional.empty() : Optional.of(code), period);
    }
}

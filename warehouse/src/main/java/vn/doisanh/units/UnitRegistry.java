package vn.doisanh.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The commune-level units of Hai Phong (sample-data/units.csv, shipped in the jar as {@code registry/units.csv}),
 * with name matching that ignores case, diacritics, Unicode form and the xã/phường/đặc khu prefix.
 */
public final class UnitRegistry {
    public static final String RESOURCE = "/registry/units.csv";
    /**
     * System property naming an extra registry CSV (units.csv's columns) whose units are added to the bundled ones by
     * {@link #load()}. It exists for the national benchmark, whose invented units (codes 90000+, sample-data's
     * {@code synthetic-units.csv}) no bundled registry knows: a property reaches every place the registry is loaded
     * (the CLI, the ETL driver and its local executors) without threading a path through each of them.
     */
    public static final String EXTRA_PROPERTY = "doisanh.units.extra";

    private final Map<String, Unit> byCode;
    /** Folded bare name → units; matching runs for every name a report mentions, so fold the registry once. */
    private final Map<String, List<Unit>> byFoldedName;

    private UnitRegistry(Map<String, Unit> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.byFoldedName = byCode.values().stream().collect(java.util.stream.Collectors.groupingBy(
                u -> NameFolding.fold(u.bareName()), LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** The bundled registry, plus the units of {@link #EXTRA_PROPERTY}'s file when that property is set. */
    public static UnitRegistry load() {
        String extra = System.getProperty(EXTRA_PROPERTY, "");
        return extra.isBlank() ? loadBundled() : load(Path.of(extra));
    }

    /** The bundled registry plus the units of an extra CSV with the same columns; a code in both is an error. */
    public static UnitRegistry load(Path extra) {
        Map<String, Unit> byCode = new LinkedHashMap<>(loadBundled().byCode);
        try (Reader reader = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
            for (Unit unit : read(reader).all()) {
                if (byCode.putIfAbsent(unit.code(), unit) != null) {
                    throw new IllegalStateException(extra + ": code " + unit.code() + " is already in the registry");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extra unit registry " + extra, e);
        }
        return new UnitRegistry(byCode);
    }

    private static UnitRegistry loadBundled() {
        try (InputStream in = UnitRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("unit registry " + RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static UnitRegistry read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Unit> byCode = new LinkedHashMap<>();
        for (CSVRecord row : format.parse(reader)) {
            Unit unit = toUnit(row);
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                throw new IllegalStateException("units.csv line " + row.getRecordNumber()
                        + ": duplicate code " + unit.code());
            }
        }
        return new UnitRegistry(byCode);
    }

    private static Unit toUnit(CSVRecord row) {
        String typeText = row.get("type");
        UnitType type = UnitType.parse(typeText).orElseThrow(() -> new IllegalStateException(
                "units.csv line " + row.getRecordNumber() + ": unknown unit type '" + typeText + "'"));
        return new Unit(
                row.get("code").trim(),
                row.get("name").trim(),
                type,
                row.get("former_district").trim(),
                splitList(row.get("merged_from")),
                blankToNull(row.get("area_km2")) == null ? null : Double.valueOf(row.get("area_km2")),
                blankToNull(row.get("population")) == null ? null : Long.valueOf(row.get("population")));
    }

    private static List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";\\s*(?=[^;()]*(?:\\(|$))")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }

    public Optional<Unit> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Matches a name as written in a report ("UBND xã Hà Bắc", "HA BAC", "Phường Lê Chân"). */
    public UnitMatch match(String writtenName) {
        return match(writtenName, Optional.empty());
    }

    /** As {@link #match(String)}, but a known type (from the text around the name) narrows the candidates. */
    public UnitMatch match(String writtenName, Optional<UnitType> typeHint) {
        ParsedName parsed = ParsedName.of(writtenName, typeHint);
        List<Unit> sameName = byFoldedName.getOrDefault(parsed.foldedBare(), List.of());
        List<Unit> sameType = sameName.stream()
                .filter(u -> parsed.type().map(t -> t == u.type()).orElse(true))
                .toList();
        // A wrong prefix ("phường" for a xã) should not hide the only unit of that name.
        List<Unit> folded = sameType.isEmpty() ? sameName : sameType;
        if (folded.size() == 1) {
            return new UnitMatch.Found(folded.get(0));
        }
        if (folded.size() > 1) {
            List<Unit> exact = folded.stream()
                    .filter(u -> NameFolding.exactKey(u.bareName()).equals(parsed.exactBare()))
                    .toList();
            return exact.size() == 1 ? new UnitMatch.Found(exact.get(0))
                    : new UnitMatch.Ambiguous(writtenName, folded);
        }
        return new UnitMatch.Unknown(writtenName);
    }

    /** The units whose names are closest to a written name (edit distance on folded names), for suggestions. */
    public List<Unit> nearest(String writtenName, int count) {
        String foldedBare = ParsedName.of(writtenName, Optional.empty()).foldedBare();
        List<Unit> sorted = new ArrayList<>(byCode.values());
        sorted.sort(Comparator.comparingInt(
                (Unit u) -> EditDistance.between(NameFolding.fold(u.bareName()), foldedBare))
                .thenComparing(Unit::code));
        return sorted.subList(0, Math.min(count, sorted.size()));
    }

    /** A written name split into its optional type prefix and the bare name. */
    private record ParsedName(Optional<UnitType> type, String foldedBare, String exactBare) {
        static ParsedName of(String written, Optional<UnitType> typeHint) {
            String folded = NameFolding.fold(written);
            String exact = NameFolding.exactKey(written);
            for (UnitType type : UnitType.values()) {
                for (String prefix : type.foldedPrefixes()) {
                    if (folded.startsWith(prefix + " ")) {
                        int words = prefix.split(" ").length;
                        return new ParsedName(Optional.of(type), dropWords(folded, words), dropWords(exact, words));
                    }
                }
            }
            return new ParsedName(typeHint, folded, exact);
        }

        private static String dropWords(String text, int words) {
            String[] parts = text.split(" ", words + 1);
            return parts.length > words ? parts[words] : "";
        }
    }
}

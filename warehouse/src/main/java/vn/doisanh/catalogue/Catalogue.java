package vn.doisanh.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The fixed indicator catalogue, read from {@code catalogue/indicators.csv}; every module reads this one. */
public final class Catalogue {
    public static final String RESOURCE = "/catalogue/indicators.csv";
    /** Bumped whenever an id changes meaning; stored with every warehouse snapshot. */
    public static final String VERSION = "2026.1";

    private final Map<String, Indicator> byId;

    private Catalogue(Map<String, Indicator> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource " + RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Catalogue read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Indicator> byId = new LinkedHashMap<>();
        for (CSVRecord row : format.parse(reader)) {
            Indicator indicator = toIndicator(row);
            if (byId.putIfAbsent(indicator.id(), indicator) != null) {
                throw new IllegalStateException("catalogue line " + row.getRecordNumber()
                        + ": duplicate indicator id " + indicator.id());
            }
        }
        return new Catalogue(byId);
    }

    private static Indicator toIndicator(CSVRecord row) {
        try {
            return new Indicator(
                    row.get("id"),
                    row.get("group"),
                    IndicatorKind.parse(row.get("kind")),
                    row.get("unit"),
                    Direction.parse(row.get("direction")),
                    row.get("name_vi"),
                    row.get("name_en"),
                    row.get("definition_vi"),
                    row.get("definition_en"),
                    emptyToNull(row.get("formula")),
                    parseOptional(row.get("plausible_min")),
                    parseOptional(row.get("plausible_max")),
                    emptyToNull(row.get("breakdown")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("catalogue line " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Double parseOptional(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.trim());
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Indicator require(String id) {
        Indicator indicator = byId.get(id);
        if (indicator == null) {
            throw new IllegalArgumentException("unknown indicator '" + id + "'");
        }
        return indicator;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }

    public List<Indicator> reported() {
        return byId.values().stream().filter(i -> i.kind() == IndicatorKind.REPORTED).toList();
    }

    public List<Indicator> derived() {
        return byId.values().stream().filter(i -> i.kind() == IndicatorKind.DERIVED).toList();
    }
}

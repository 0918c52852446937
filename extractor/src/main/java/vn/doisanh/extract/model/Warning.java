package vn.doisanh.extract.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validation finding. Warnings never change a value: they travel with the facts to the warehouse's quality
 * table. {@code code} is stable; {@code message} is English, for logs and the CLI; {@code args} are the figures
 * of the message by name ("rate" → an indicator id, "reported" → "99.89"), so the dashboard can say the same in
 * Vietnamese with indicator names and Vietnamese numbers (its {@code warning.<code>} templates).
 */
public record Warning(String code, String message, List<String> indicators, Evidence evidence,
                      Map<String, String> args) {
    public Warning {
        indicators = List.copyOf(indicators);
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A finding whose message needs no figures (the report's date line is blank). */
    public Warning(String code, String message, List<String> indicators, Evidence evidence) {
        this(code, message, indicators, evidence, Map.of());
    }

    /** Name/value pairs in order: {@code args("rate", "on_time_rate_pct", "reported", "99.89")}. */
    public static Map<String, String> args(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("args come in name/value pairs, got " + namesAndValues.length);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }
}

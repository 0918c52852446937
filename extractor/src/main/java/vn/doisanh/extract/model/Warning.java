package vn.doisanh.extract.model;

import java.util.List;

/**
 * A validation finding. Warnings never change a value: they travel with the facts to the warehouse's quality
 * table. {@code code} is stable (the dashboard translates it); {@code message} is English, for logs and the CLI.
 */
public record Warning(String code, String message, List<String> indicators, Evidence evidence) {
    public Warning {
        indicators = List.copyOf(indicators);
    }
}

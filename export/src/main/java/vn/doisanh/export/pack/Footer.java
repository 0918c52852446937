package vn.doisanh.export.pack;

import java.util.List;
import java.util.Optional;
import vn.doisanh.export.table.Contexts;

/**
 * What every slide and page names at its foot: indicator, period, comparison group and data snapshot, and the
 * synthetic-data note when the page shows synthetic figures.
 */
public record Footer(String indicator, String period, String group, String snapshot, Optional<String> synthetic) {
    public List<String> lines() {
        return List.of(Contexts.INDICATOR + ": " + indicator + "   ·   " + Contexts.PERIOD + ": " + period,
                Contexts.GROUP + ": " + group + "   ·   " + Contexts.SNAPSHOT + ": " + snapshot);
    }

    public Footer withIndicator(String text) {
        return new Footer(text, period, group, snapshot, synthetic);
    }

    public Footer withSynthetic(Optional<String> note) {
        return new Footer(indicator, period, group, snapshot, note);
    }
}

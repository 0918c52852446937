package vn.doisanh.etl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a run did, in numbers: printed at the end and written into the snapshot's manifest. */
record EtlSummary(
        String snapshotId,
        String snapshotDir,
        long filesListed,
        long filesQuarantined,
        long reports,
        long reportsSuperseded,
        long unitsLoaded,
        long unitsInRegistry,
        long periods,
        long facts,
        long factsInHistory,
        long factsQuarantined,
        long warnings,
        double sparkStartSeconds,
        double jobSeconds,
        double warehouseSeconds,
        double totalSeconds) {

    Map<String, Long> counts() {
        return Map.of("files_listed", filesListed, "files_quarantined", filesQuarantined, "reports", reports,
                "reports_superseded", reportsSuperseded, "units_loaded", unitsLoaded, "periods", periods,
                "facts", facts, "facts_history", factsInHistory, "facts_quarantined", factsQuarantined,
                "warnings", warnings);
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "etl: done in %.1f s (Spark start-up %.1f s, extract and write Parquet "
                + "%.1f s, warehouse %.1f s)", totalSeconds, sparkStartSeconds, jobSeconds, warehouseSeconds));
        out.add(String.format(Locale.ROOT, "  files read       %6d  (%d quarantined)", filesListed, filesQuarantined));
        out.add(String.format(Locale.ROOT, "  reports          %6d  current, %d superseded by a newer one", reports,
                reportsSuperseded));
        out.add(String.format(Locale.ROOT, "  units            %6d  of %d in the registry", unitsLoaded,
                unitsInRegistry));
        out.add(String.format(Locale.ROOT, "  periods          %6d", periods));
        out.add(String.format(Locale.ROOT, "  facts            %6d  current, %d in history, %d quarantined", facts,
                factsInHistory, factsQuarantined));
        out.add(String.format(Locale.ROOT, "  warnings         %6d", warnings));
        out.add("  snapshot         " + snapshotId + " (published as current)  " + snapshotDir);
        return out;
    }
}

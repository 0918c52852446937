package vn.doisanh.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.sampledata.plan.ReportPlan;

/** Counts of what a run made (or, in a dry run, would make), for the command's report and the tests. */
public final class GenerationSummary {
    private final Map<String, Integer> byFormat = new TreeMap<>();
    private final Map<String, Integer> byStyle = new TreeMap<>();
    private final Map<String, Integer> byVariant = new TreeMap<>();
    private final List<String> deliberate = new ArrayList<>();
    private int reports;
    private int brokenFiles;
    private long bytes;
    private long groundTruthRows;

    void planned(ReportPlan plan) {
        reports++;
        byFormat.merge(plan.format().extension(), 1, Integer::sum);
        byStyle.merge(plan.styleId() != null ? plan.styleId() : "template-" + plan.layout().name().toLowerCase(Locale.ROOT), 1,
                Integer::sum);
        if (plan.format() == ReportFormat.TXT) {
            byVariant.merge(plan.textVariant().name(), 1, Integer::sum);
        }
        plan.deliberateInconsistency().ifPresent(i -> deliberate.add(plan.relativePath() + " -> warning " + i.warningCode()));
    }

    void broken(String path, String code) {
        brokenFiles++;
        deliberate.add(path + " -> error " + code);
    }

    void wrote(long fileBytes) {
        bytes += fileBytes;
    }

    void groundTruthRows(long rows) {
        groundTruthRows = rows;
    }

    public int reports() {
        return reports;
    }

    public int brokenFiles() {
        return brokenFiles;
    }

    public Map<String, Integer> byFormat() {
        return byFormat;
    }

    public Map<String, Integer> byStyle() {
        return byStyle;
    }

    public String describe() {
        return "reports: " + reports + ", broken files: " + brokenFiles + ", bytes: " + bytes
                + ", ground-truth rows: " + groundTruthRows + "\nby format: " + byFormat + "\nby style: " + byStyle
                + "\ntxt encodings: " + byVariant + "\ndeliberate:\n  " + String.join("\n  ", deliberate);
    }
}

package vn.doisanh.sampledata.style;

import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.units.UnitType;

/**
 * One way of writing a report. A style writes every figure the report has for the indicators it covers (the
 * report's omissions decide what is missing), so a deliberate inconsistency is always visible in the text.
 */
public interface NarrativeStyle {
    /** A short stable id, used in the plan and the summary ("hanh-chinh"). */
    String id();

    /** How often this style is chosen for a unit of this type in this format; 0 when it does not fit. */
    double weight(UnitType type, ReportFormat format);

    /** How often a large count is written without its thousands dot ("17049"), as some writers do. */
    default double ungroupedChance() {
        return 0.1;
    }

    void write(ReportContext ctx);
}

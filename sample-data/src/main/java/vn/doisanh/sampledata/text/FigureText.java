package vn.doisanh.sampledata.text;

import java.math.BigDecimal;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.figures.ReportFigures;
import vn.doisanh.sampledata.figures.WrittenFigure;

/**
 * Puts a report's figures into words and records each one in the draft as it is written. Styles never format a
 * figure themselves, so nothing can be written without landing in the ground truth, and the reverse.
 */
public final class FigureText {
    private final ReportFigures figures;
    private final ReportDraft draft;
    private final Dice dice;
    private final double ungroupedChance;

    /** @param ungroupedChance how often a large count is written without its thousands dot ("17049"). */
    public FigureText(ReportFigures figures, ReportDraft draft, Dice dice, double ungroupedChance) {
        this.figures = figures;
        this.draft = draft;
        this.dice = dice;
        this.ungroupedChance = ungroupedChance;
    }

    public ReportFigures figures() {
        return figures;
    }

    public boolean has(String id) {
        return figures.has(id);
    }

    public boolean hasAll(String... ids) {
        return figures.hasAll(ids);
    }

    /** A count: "17.049", now and then "17049". */
    public String count(String id) {
        return count(id, FigureQualifier.NONE);
    }

    public String count(String id, FigureQualifier qualifier) {
        return whole(id, figures.require(id), qualifier);
    }

    /** A small count with a leading zero: "03". */
    public String padded(String id) {
        return padded(id, figures.require(id), FigureQualifier.NONE);
    }

    /** A percentage or other decimal without its sign: "98,53", "100", "26,29". */
    public String decimal(String id) {
        return decimal(id, FigureQualifier.NONE);
    }

    public String decimal(String id, FigureQualifier qualifier) {
        BigDecimal value = figures.require(id);
        record(id, value, qualifier);
        return VnNumbers.decimal(value, true);
    }

    /** Money in billion đồng, from the catalogue's million: 12400 → "12,4". */
    public String billions(String id) {
        BigDecimal value = figures.require(id);
        record(id, value, FigureQualifier.NONE);
        return VnNumbers.decimal(value.movePointLeft(3), true);
    }

    /** Money in million đồng: "12.400". */
    public String millions(String id) {
        BigDecimal value = figures.require(id);
        record(id, value, FigureQualifier.NONE);
        return VnNumbers.whole(value, true);
    }

    /** One item of a breakdown ("Mầm non" 4), recorded under its category. */
    public String part(String id, Part part, FigureQualifier qualifier, boolean leadingZero) {
        BigDecimal value = BigDecimal.valueOf(part.count());
        FigureQualifier withCategory = qualifier.withBreakdown(part.label());
        return leadingZero ? padded(id, value, withCategory) : whole(id, value, withCategory);
    }

    /** A figure whose value is not one of the report's totals (documents of a sub-period). */
    public String whole(String id, BigDecimal value, FigureQualifier qualifier) {
        record(id, value, qualifier);
        boolean group = value.compareTo(BigDecimal.valueOf(1000)) < 0 || !dice.chance(ungroupedChance);
        return VnNumbers.whole(value, group);
    }

    public String padded(String id, BigDecimal value, FigureQualifier qualifier) {
        record(id, value, qualifier);
        return VnNumbers.padded(value);
    }

    private void record(String id, BigDecimal value, FigureQualifier qualifier) {
        draft.record(new WrittenFigure(id, value, qualifier));
    }
}

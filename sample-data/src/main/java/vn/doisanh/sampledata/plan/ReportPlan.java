package vn.doisanh.sampledata.plan;

import java.util.Objects;
import java.util.Optional;
import vn.doisanh.sampledata.figures.Inconsistency;
import vn.doisanh.units.Unit;

/**
 * Everything decided about one synthetic report before any figure is drawn: whose it is, which quarter, which
 * format and writing style, how it is encoded, and whether it is one of the deliberately inconsistent ones.
 *
 * @param styleId       the narrative style's id, for .txt and .docx; {@code null} for templates
 * @param layout        the template layout, for .csv and .xlsx; {@code null} for narratives
 * @param inconsistency the deliberate inconsistency, or {@code null} for a clean report
 */
public record ReportPlan(
        Unit unit,
        ReportingPeriod period,
        ReportFormat format,
        String styleId,
        TemplateLayout layout,
        TextVariant textVariant,
        Inconsistency inconsistency,
        String fileName) {

    public ReportPlan {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(textVariant, "textVariant");
        Objects.requireNonNull(fileName, "fileName");
        if (format.isNarrative() != (styleId != null) || format.isNarrative() == (layout != null)) {
            throw new IllegalArgumentException(format + " report needs a style xor a layout: " + styleId + "/" + layout);
        }
        if (textVariant != TextVariant.UTF8 && format != ReportFormat.TXT) {
            throw new IllegalArgumentException("text variant " + textVariant + " only applies to .txt, not " + format);
        }
    }

    public Optional<Inconsistency> deliberateInconsistency() {
        return Optional.ofNullable(inconsistency);
    }

    /** "10837/2025-Q3/BC_quy3_2025_xa_tien_lang.docx", relative to the output folder. */
    public String relativePath() {
        return unit.code() + "/" + period.key() + "/" + fileName;
    }

    public ReportPlan withInconsistency(Inconsistency deliberate) {
        return new ReportPlan(unit, period, format, styleId, layout, textVariant, deliberate, fileName);
    }
}

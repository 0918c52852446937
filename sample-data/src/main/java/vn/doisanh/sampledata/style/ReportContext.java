package vn.doisanh.sampledata.style;

import java.time.LocalDate;
import java.util.Objects;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.figures.ReportFigures;
import vn.doisanh.sampledata.plan.ReportingPeriod;
import vn.doisanh.sampledata.text.Boilerplate;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.ReportDraft;
import vn.doisanh.sampledata.text.UnitWording;

/** What a style needs to write one report: who, when, the figures, and where to write. */
public record ReportContext(
        UnitWording words,
        ReportingPeriod period,
        LocalDate reportDate,
        ReportFigures figures,
        ReportDraft draft,
        FigureText text,
        Dice dice,
        Boilerplate boilerplate) {

    public ReportContext {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reportDate, "reportDate");
        if (!reportDate.isAfter(period.end())) {
            throw new IllegalArgumentException("a report on " + period.label() + " is dated after it, not " + reportDate);
        }
    }

    /** Filler sentences of a topic as one paragraph. */
    public String filler(String topic, int sentences) {
        return boilerplate.paragraph(topic, sentences, words, dice);
    }

    /** The economy filler that fits the unit: farming for a xã, urban order for a phường, the sea for a zone. */
    public String localEconomyTopic() {
        return words.isWard() ? "do_thi" : words.isSpecialZone() ? "bien_dao" : "kinh_te_xa";
    }
}

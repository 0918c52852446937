package vn.doisanh.sampledata;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.doisanh.sampledata.figures.Inconsistency;
import vn.doisanh.sampledata.figures.QuarterFigures;
import vn.doisanh.sampledata.figures.ReportFigures;
import vn.doisanh.sampledata.figures.ReportFiguresFactory;
import vn.doisanh.sampledata.figures.UnitProfile;
import vn.doisanh.sampledata.figures.WrittenFigure;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.sampledata.plan.ReportPlan;
import vn.doisanh.sampledata.plan.ReportingPeriod;
import vn.doisanh.sampledata.style.NarrativeStyle;
import vn.doisanh.sampledata.style.NarrativeStyles;
import vn.doisanh.sampledata.style.ReportContext;
import vn.doisanh.sampledata.text.Boilerplate;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.ReportDraft;
import vn.doisanh.sampledata.text.UnitWording;
import vn.doisanh.sampledata.write.CsvTemplateWriter;
import vn.doisanh.sampledata.write.DocxWriter;
import vn.doisanh.sampledata.write.TemplateDialect;
import vn.doisanh.sampledata.write.TemplateFigures;
import vn.doisanh.sampledata.write.TemplateTable;
import vn.doisanh.sampledata.write.TextEncoder;
import vn.doisanh.sampledata.write.TxtRenderer;
import vn.doisanh.sampledata.write.XlsxTemplateWriter;
import vn.doisanh.units.Unit;

/** Turns one planned report into file bytes and the figures it states. */
public final class ReportRenderer {
    private final RandomStreams streams;
    private final Boilerplate boilerplate;
    private final List<String> reportedIndicators;

    List<String> reportedIndicators() {
        return reportedIndicators;
    }

    public ReportRenderer(RandomStreams streams, Boilerplate boilerplate, List<String> reportedIndicators) {
        this.streams = streams;
        this.boilerplate = boilerplate;
        this.reportedIndicators = List.copyOf(reportedIndicators);
    }

    public RenderedReport render(ReportPlan plan, UnitProfile profile, List<QuarterFigures> timeline) {
        ReportFigures figures = figures(plan, profile, timeline);
        String key = plan.period().key();
        Dice dice = streams.dice("text", plan.unit().code(), key);
        LocalDate reportDate = reportDate(plan.period(), dice);
        if (plan.format().isNarrative()) {
            ReportDraft draft = compose(plan.unit(), plan.styleId(), plan.period(), reportDate, figures, dice);
            return new RenderedReport(narrativeBytes(plan, draft, reportDate), draft.figures());
        }
        List<WrittenFigure> written = TemplateFigures.of(figures, plan.layout(), reportedIndicators, dice);
        TemplateDialect dialect = TemplateDialect.draw(dice);
        String name = dice.chance(0.5) ? plan.unit().name() : plan.unit().bareName();
        TemplateTable table = switch (plan.layout()) {
            case LONG -> TemplateTable.longLayout(plan.unit(), name, plan.period(), written, dialect);
            case WIDE -> TemplateTable.wideLayout(plan.unit(), name, plan.period(), written, reportedIndicators, dialect);
        };
        byte[] bytes = switch (plan.format()) {
            case CSV -> CsvTemplateWriter.write(table, dialect);
            case XLSX -> XlsxTemplateWriter.write(table, dice.chance(0.5) ? "Bieu_mau" : "Báo cáo", reportDate);
            default -> throw new IllegalStateException("not a template format: " + plan.format());
        };
        return new RenderedReport(bytes, written);
    }

    /** The report's figures: drawn, thinned by omissions, and bent if the plan says so. */
    ReportFigures figures(ReportPlan plan, UnitProfile profile, List<QuarterFigures> timeline) {
        String key = plan.period().key();
        Set<String> keep = plan.deliberateInconsistency().map(Inconsistency::needs).orElse(Set.of());
        ReportFigures figures = ReportFiguresFactory.build(profile, timeline, plan.period(), keep,
                streams.dice("omissions", plan.unit().code(), key));
        return plan.deliberateInconsistency()
                .map(i -> i.apply(figures, streams.dice("inconsistency", plan.unit().code(), key)))
                .orElse(figures);
    }

    /** Writes a report's text in a style; also used for the deliberately broken files. */
    ReportDraft compose(Unit unit, String styleId, ReportingPeriod period, LocalDate reportDate,
            ReportFigures figures, Dice dice) {
        NarrativeStyle style = NarrativeStyles.byId(styleId);
        ReportDraft draft = new ReportDraft();
        FigureText text = new FigureText(figures, draft, dice, style.ungroupedChance());
        style.write(new ReportContext(new UnitWording(unit), period, reportDate, figures, draft, text, dice, boilerplate));
        return draft;
    }

    private static byte[] narrativeBytes(ReportPlan plan, ReportDraft draft, LocalDate reportDate) {
        if (plan.format() == ReportFormat.DOCX) {
            return DocxWriter.write(draft.blocks(), "Báo cáo " + plan.period().label() + " - " + plan.unit().name(),
                    reportDate);
        }
        return TextEncoder.encode(TxtRenderer.render(draft.blocks()), plan.textVariant());
    }

    /** Reports go out a few days after the quarter ends. */
    static LocalDate reportDate(ReportingPeriod period, Dice dice) {
        return period.end().plusDays(dice.between(3, 12));
    }
}

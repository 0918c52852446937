package vn.doisanh.sampledata.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.figures.DocumentBatch;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.figures.ReportFigures;
import vn.doisanh.sampledata.figures.WrittenFigure;
import vn.doisanh.sampledata.plan.TemplateLayout;

/**
 * The figures a structured template states. The long layout states everything the report has, staffing as of the
 * quarter's last day, breakdowns as extra rows and sometimes documents per sub-period; the wide layout has room
 * for totals only.
 */
public final class TemplateFigures {
    private static final Set<String> STAFF_STOCKS = Set.of("civil_servants_quota", "civil_servants_present",
            "education_staff_present", "health_staff_present");
    private static final List<String> BREAKDOWNS = List.of("schools", "religious_followers", "civil_servants_before_merger");

    private TemplateFigures() {
    }

    /** @param order the catalogue's indicator ids, in its order: templates list figures that way */
    public static List<WrittenFigure> of(ReportFigures figures, TemplateLayout layout, List<String> order, Dice dice) {
        return layout == TemplateLayout.WIDE ? wide(figures) : longRows(figures, order, dice);
    }

    private static List<WrittenFigure> wide(ReportFigures figures) {
        List<WrittenFigure> written = new ArrayList<>();
        figures.totals().forEach((id, value) -> written.add(new WrittenFigure(id, value, FigureQualifier.NONE)));
        return written;
    }

    private static List<WrittenFigure> longRows(ReportFigures figures, List<String> order, Dice dice) {
        FigureQualifier quarterEnd = FigureQualifier.asOf(figures.period().end());
        List<DocumentBatch> batches = dice.chance(0.3) ? figures.documentsSinceYearStart()
                : List.of(figures.documentsThisQuarter());
        List<WrittenFigure> written = new ArrayList<>();
        for (String id : order) {
            if (!figures.has(id)) {
                continue;
            }
            if (id.equals("documents_issued")) {
                batches.forEach(batch -> documents(batch, written));
                continue;
            }
            FigureQualifier qualifier = STAFF_STOCKS.contains(id) ? quarterEnd : FigureQualifier.NONE;
            written.add(new WrittenFigure(id, figures.require(id), qualifier));
            if (BREAKDOWNS.contains(id)) {
                for (Part part : figures.breakdown(id)) {
                    written.add(new WrittenFigure(id, BigDecimal.valueOf(part.count()),
                            qualifier.withBreakdown(part.label())));
                }
            }
        }
        return written;
    }

    private static void documents(DocumentBatch batch, List<WrittenFigure> written) {
        written.add(new WrittenFigure("documents_issued", BigDecimal.valueOf(batch.counts().total()),
                batch.qualifier()));
        for (Part part : batch.counts().parts()) {
            written.add(new WrittenFigure("documents_issued", BigDecimal.valueOf(part.count()),
                    batch.qualifier().withBreakdown(part.label())));
        }
    }
}

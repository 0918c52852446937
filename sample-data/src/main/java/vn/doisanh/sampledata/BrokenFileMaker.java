package vn.doisanh.sampledata;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.doisanh.sampledata.figures.QuarterModel;
import vn.doisanh.sampledata.figures.ReportFigures;
import vn.doisanh.sampledata.figures.ReportFiguresFactory;
import vn.doisanh.sampledata.figures.UnitProfile;
import vn.doisanh.sampledata.figures.UnitProfileModel;
import vn.doisanh.sampledata.figures.WrittenFigure;
import vn.doisanh.sampledata.plan.ReportPlan;
import vn.doisanh.sampledata.plan.TemplateLayout;
import vn.doisanh.sampledata.plan.TextVariant;
import vn.doisanh.sampledata.text.ReportDraft;
import vn.doisanh.sampledata.write.CsvTemplateWriter;
import vn.doisanh.sampledata.write.TemplateDialect;
import vn.doisanh.sampledata.write.TemplateFigures;
import vn.doisanh.sampledata.write.TemplateTable;
import vn.doisanh.sampledata.write.TextEncoder;
import vn.doisanh.sampledata.write.TruncatedDocx;
import vn.doisanh.sampledata.write.TxtRenderer;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitRegistry;

/**
 * The four deliberately broken files, each failing in one way the extractor must report: a unit that does not
 * exist and a unit name that matches two units (held with their figures until an analyst names the unit), a
 * .docx cut short and a template with an unknown indicator id (errors). They sit in the folders of ordinary
 * reports, as misfiled mail would.
 */
public final class BrokenFileMaker {
    /** A broken file and the code the extractor should give it: an error's, or why it holds the report. */
    public record BrokenFile(ReportPlan host, String fileName, byte[] content, String code) {
        /** A report whose unit cannot be told is held, never refused. */
        public ExpectedOutcome.Kind outcome() {
            return code.startsWith("unit_") ? ExpectedOutcome.Kind.HELD : ExpectedOutcome.Kind.ERROR;
        }

        public String relativePath() {
            return host.unit().code() + "/" + host.period().key() + "/" + fileName;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private final ReportRenderer renderer;
    private final RandomStreams streams;

    public BrokenFileMaker(ReportRenderer renderer, RandomStreams streams) {
        this.renderer = renderer;
        this.streams = streams;
    }

    public List<BrokenFile> make(List<ReportPlan> plans, UnitRegistry registry) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("broken files need at least one ordinary report to sit beside");
        }
        Dice dice = streams.dice("broken", "hosts");
        List<BrokenFile> files = new ArrayList<>();
        Unit haBac = registry.byCode("10816").orElse(plans.get(0).unit());
        ReportPlan nearHaBac = host(plans, haBac.formerDistrict(), dice);
        files.add(narrative(nearHaBac, renamed(haBac, "Xã Hà Bắc Mới"), "hanh-chinh", false,
                "BC_quy" + nearHaBac.period().quarter() + "_" + nearHaBac.period().year() + "_xa_ha_bac_moi.txt",
                "unit_not_found"));
        Unit camGiang = registry.byCode("10888").orElse(plans.get(0).unit());
        ReportPlan nearCamGiang = plans.stream().filter(p -> p.unit().code().equals(camGiang.code())).findFirst()
                .orElseGet(() -> dice.pick(plans));
        files.add(narrative(nearCamGiang, renamed(camGiang, "Xã Cam Giang"), "gach-dau-dong", true,
                "BaoCao_Q" + nearCamGiang.period().quarter() + "-" + nearCamGiang.period().year() + "_CamGiang.txt",
                "unit_ambiguous"));
        files.add(truncatedDocx(dice.pick(plans)));
        files.add(unknownIndicator(dice.pick(plans)));
        return files;
    }

    private static ReportPlan host(List<ReportPlan> plans, String district, Dice dice) {
        List<ReportPlan> near = plans.stream().filter(p -> p.unit().formerDistrict().equals(district)).toList();
        return dice.pick(near.isEmpty() ? plans : near);
    }

    /** The same place under another written name: the text names it, the registry does not know it that way. */
    private static Unit renamed(Unit unit, String name) {
        return new Unit(unit.code(), name, unit.type(), unit.formerDistrict(), unit.mergedFrom(), unit.areaKm2(),
                unit.population());
    }

    private BrokenFile narrative(ReportPlan host, Unit named, String style, boolean withoutDiacritics, String fileName,
            String code) {
        Dice dice = streams.dice("broken", code);
        ReportFigures figures = figuresOf(named, host, dice);
        LocalDate date = ReportRenderer.reportDate(host.period(), dice);
        ReportDraft draft = renderer.compose(named, style, host.period(), date, figures, dice);
        String text = TxtRenderer.render(draft.blocks());
        if (withoutDiacritics) {
            // A legacy office typing without Vietnamese input: everything but our synthetic line loses its marks.
            int firstLineEnd = text.indexOf('\n');
            text = text.substring(0, firstLineEnd) + foldToAscii(text.substring(firstLineEnd));
        }
        return new BrokenFile(host, fileName, TextEncoder.encode(text, TextVariant.UTF8), code);
    }

    private BrokenFile truncatedDocx(ReportPlan host) {
        Dice dice = streams.dice("broken", "unreadable_file");
        ReportFigures figures = figuresOf(host.unit(), host, dice);
        LocalDate date = ReportRenderer.reportDate(host.period(), dice);
        ReportDraft draft = renderer.compose(host.unit(), "bang-bieu", host.period(), date, figures, dice);
        String name = "BC_" + host.unit().code() + "_quy" + host.period().quarter() + "_" + host.period().year()
                + "_gui lai (1).docx";
        return new BrokenFile(host, name, TruncatedDocx.write(draft.blocks(), "Báo cáo", date), "unreadable_file");
    }

    private BrokenFile unknownIndicator(ReportPlan host) {
        Dice dice = streams.dice("broken", "bad_template");
        List<WrittenFigure> figures = new ArrayList<>(TemplateFigures.of(figuresOf(host.unit(), host, dice),
                TemplateLayout.LONG, renderer.reportedIndicators(), dice));
        // A clerk's own Vietnamese id instead of the catalogue's cases_received.
        int at = Math.max(0, indexOf(figures, "cases_received"));
        WrittenFigure wrong = figures.get(at);
        figures.set(at, new WrittenFigure("so_ho_so_tiep_nhan", wrong.value(), wrong.qualifier()));
        TemplateDialect dialect = new TemplateDialect(',', false, false, true, true, true);
        TemplateTable table = TemplateTable.longLayout(host.unit(), host.unit().name(), host.period(), figures, dialect);
        String name = host.unit().code() + "_" + host.period().year() + "Q" + host.period().quarter() + "_bieu_mau_bo_sung.csv";
        return new BrokenFile(host, name, CsvTemplateWriter.write(table, dialect), "bad_template");
    }

    private ReportFigures figuresOf(Unit unit, ReportPlan host, Dice dice) {
        UnitProfile profile = profile(unit);
        return ReportFiguresFactory.build(profile, QuarterModel.timeline(profile, host.period(), dice), host.period(),
                Set.of("cases_received"), dice);
    }

    private UnitProfile profile(Unit unit) {
        return UnitProfileModel.draw(unit, streams.dice("broken-profile", unit.name()));
    }

    private static int indexOf(List<WrittenFigure> figures, String id) {
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).indicator().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String foldToAscii(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D');
    }
}

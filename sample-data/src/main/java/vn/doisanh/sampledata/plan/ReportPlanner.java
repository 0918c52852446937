package vn.doisanh.sampledata.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.RandomStreams;
import vn.doisanh.sampledata.figures.Inconsistency;
import vn.doisanh.sampledata.style.NarrativeStyles;
import vn.doisanh.units.Unit;

/**
 * Decides, for every unit and quarter, the format, style, encoding and file name of its report, and which few
 * reports carry a deliberate inconsistency. Formats and encodings are dealt out in exact proportions and then
 * shuffled, so the mix holds for small runs too.
 */
public final class ReportPlanner {
    /** One report of each inconsistency per this many reports (so 5 in the 339-report city set). */
    private static final int REPORTS_PER_INCONSISTENCY = 339;

    private ReportPlanner() {
    }

    public static List<ReportPlan> plan(List<Unit> units, List<ReportingPeriod> periods, FormatMix mix,
            RandomStreams streams) {
        int total = units.size() * periods.size();
        List<ReportFormat> formats = streams.dice("plan", "formats").shuffled(mix.allot(total));
        int txtCount = (int) formats.stream().filter(f -> f == ReportFormat.TXT).count();
        List<TextVariant> variants = streams.dice("plan", "variants").shuffled(textVariants(txtCount));
        List<ReportPlan> plans = new ArrayList<>(total);
        int index = 0;
        int txtIndex = 0;
        for (Unit unit : units) {
            for (ReportingPeriod period : periods) {
                ReportFormat format = formats.get(index++);
                TextVariant variant = format == ReportFormat.TXT ? variants.get(txtIndex++) : TextVariant.UTF8;
                plans.add(one(unit, period, format, variant, streams.dice("plan", unit.code(), period.key())));
            }
        }
        return withInconsistencies(plans, streams.dice("plan", "inconsistencies"));
    }

    private static ReportPlan one(Unit unit, ReportingPeriod period, ReportFormat format, TextVariant variant, Dice dice) {
        String style = format.isNarrative() ? NarrativeStyles.pick(unit.type(), format, dice).id() : null;
        TemplateLayout layout = format.isNarrative() ? null : dice.chance(0.6) ? TemplateLayout.LONG : TemplateLayout.WIDE;
        return new ReportPlan(unit, period, format, style, layout, variant, null, FileNamer.name(unit, period, format, dice));
    }

    /** Legacy encodings are rare: one Windows-1258 and one UTF-16 file, a few CRLF, NFD and BOM files. */
    static List<TextVariant> textVariants(int count) {
        List<TextVariant> variants = new ArrayList<>();
        if (count >= 20) {
            variants.add(TextVariant.WINDOWS_1258);
            variants.add(TextVariant.UTF16LE_BOM);
        }
        variants.addAll(Collections.nCopies(count / 10, TextVariant.UTF8_CRLF));
        variants.addAll(Collections.nCopies(count / 20, TextVariant.UTF8_NFD));
        variants.addAll(Collections.nCopies(count / 30, TextVariant.UTF8_BOM));
        while (variants.size() < count) {
            variants.add(TextVariant.UTF8);
        }
        return variants;
    }

    /**
     * Plants the inconsistencies in plain UTF-8 narrative reports (so nothing else about the file is unusual),
     * on distinct units, cycling through the kinds; at most half of the candidates get one.
     */
    private static List<ReportPlan> withInconsistencies(List<ReportPlan> plans, Dice dice) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).format().isNarrative() && plans.get(i).textVariant() == TextVariant.UTF8) {
                candidates.add(i);
            }
        }
        int kinds = Inconsistency.values().length;
        int wanted = Math.max(1, Math.round(plans.size() / (float) REPORTS_PER_INCONSISTENCY)) * kinds;
        int count = Math.min(wanted, candidates.size() / 2);
        List<ReportPlan> result = new ArrayList<>(plans);
        List<String> usedUnits = new ArrayList<>();
        int planted = 0;
        for (int i : dice.shuffled(candidates)) {
            if (planted == count) {
                break;
            }
            String unit = result.get(i).unit().code();
            if (usedUnits.contains(unit) && usedUnits.size() < candidates.size() / 2) {
                continue;
            }
            usedUnits.add(unit);
            result.set(i, result.get(i).withInconsistency(Inconsistency.values()[planted++ % kinds]));
        }
        return result;
    }
}

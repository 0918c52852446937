package vn.doisanh.export.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.data.ProfileData;
import vn.doisanh.export.data.RankingData;
import vn.doisanh.export.text.VnFormat;
import vn.doisanh.export.text.Words;
import vn.doisanh.warehouse.query.RankingQuery;
import vn.doisanh.warehouse.query.UnitInfo;
import vn.doisanh.warehouse.query.UnitProfileQuery;

/** The lines of a pack's first page: who the unit is, where it stands on the headline indicator, and why. */
final class CoverFacts {
    private static final int STRENGTHS = 3;

    private CoverFacts() {
    }

    static List<String> of(ProfileData profile, RankingData ranking) {
        UnitInfo unit = profile.unit().unit();
        List<String> facts = new ArrayList<>();
        facts.add("Loại: " + unit.typeVi() + "   ·   Huyện cũ: " + unit.formerDistrict() + "   ·   Dân số: "
                + VnFormat.measure(unit.population() == null ? null : unit.population().doubleValue(), "people")
                + "   ·   Diện tích: " + VnFormat.measure(unit.areaKm2(), "km2"));
        if (profile.unit().mergedFrom() != null && !profile.unit().mergedFrom().isBlank()) {
            facts.add("Hình thành từ: " + profile.unit().mergedFrom());
        }
        facts.add("Số liệu của đơn vị: " + Words.synthetic(profile.unit().synthetic()) + "   ·   "
                + profile.lines().size() + " chỉ tiêu có số liệu kỳ này");
        facts.add(headline(ranking));
        facts.add(medians(ranking));
        List<UnitProfileQuery.Line> ranked = profile.lines().stream()
                .filter(l -> l.percentile() != null && !"neutral".equals(l.indicator().direction()))
                .sorted(Comparator.comparingDouble(UnitProfileQuery.Line::percentile).reversed()).toList();
        if (ranked.size() >= 2 * STRENGTHS) {
            facts.add("Mạnh nhất: " + names(ranked.subList(0, STRENGTHS)));
            List<UnitProfileQuery.Line> weakest = new ArrayList<>(ranked.subList(ranked.size() - STRENGTHS, ranked.size()));
            Collections.reverse(weakest);
            facts.add("Cần cải thiện: " + names(weakest));
        }
        return facts;
    }

    private static String headline(RankingData ranking) {
        String name = ranking.indicator().nameVi();
        return ranking.highlighted().map(RankingData.Row::ranking).map(r -> name + ": "
                + VnFormat.measure(r.value(), ranking.indicator().unit()) + " — "
                + Words.rank(r.rank(), r.n(), ranking.indicator().direction()) + ", phân vị "
                + VnFormat.percentile(r.percentile()) + ", tứ phân vị "
                + Words.quartile(r.quartile(), ranking.indicator().direction()))
                .orElse(name + ": đơn vị không có số liệu kỳ này");
    }

    private static String medians(RankingData ranking) {
        String unit = ranking.indicator().unit();
        String text = "Trung vị thành phố: " + VnFormat.measure(ranking.cityMedian(), unit);
        if (ranking.group().group() != ComparisonGroup.ALL) {
            text += "   ·   Trung vị nhóm so sánh: " + VnFormat.measure(ranking.group().median(ranking.indicator().id()),
                    unit);
        }
        return text;
    }

    private static String names(List<UnitProfileQuery.Line> lines) {
        return lines.stream().map(l -> l.indicator().nameVi() + " ("
                + Words.rank(l.rank(), l.n(), l.indicator().direction()) + ")").collect(Collectors.joining("; "));
    }

    static String rankText(RankingQuery.Row row, RankingData data) {
        return Words.rank(row.rank(), row.n(), data.indicator().direction()) + ", "
                + VnFormat.measure(row.value(), data.indicator().unit());
    }
}

package vn.doisanh.export.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.PackRequest;
import vn.doisanh.export.ProfileRequest;
import vn.doisanh.warehouse.query.RankingFilter;
import vn.doisanh.export.RankingRequest;
import vn.doisanh.export.data.ExportData;
import vn.doisanh.export.data.ProfileData;
import vn.doisanh.export.data.RankingData;
import vn.doisanh.export.data.TrendData;
import vn.doisanh.export.table.ProfileTable;
import vn.doisanh.export.table.RankingTable;
import vn.doisanh.export.table.Shape;
import vn.doisanh.export.text.SyntheticNote;
import vn.doisanh.export.text.Words;
import vn.doisanh.warehouse.query.UnitProfileQuery;

/**
 * Builds the pages of a meeting pack from the warehouse: cover, the unit's percentiles, the ranking of all units on
 * the headline indicator, its trend, then the ranking and the profile as tables. Both renderers draw these pages.
 */
public final class PackBuilder {
    private static final int BARS_PER_PAGE = 24;

    private PackBuilder() {
    }

    public static PackContent build(ExportData data, PackRequest request) {
        ProfileData profile = data.profile(new ProfileRequest(request.unitCode(), request.period(), request.group()));
        String periodKey = profile.frame().periodKey();
        RankingData ranking = data.ranking(new RankingRequest(request.indicator(), Optional.of(periodKey),
                RankingFilter.none(), request.group(), Optional.of(request.unitCode())));
        TrendData trend = data.trend(request.unitCode(), request.indicator(), profile.frame(), profile.group());
        String name = profile.unit().unit().name();
        String headline = ranking.indicator().nameVi();
        Optional<String> unitNote = SyntheticNote.forUnit(name, profile.unit().synthetic(), profile.syntheticOthers());
        Optional<String> rankingNote = SyntheticNote.forRows(ranking.syntheticRows(), ranking.rows().size());
        Footer base = new Footer(headline, Words.period(profile.frame()), profile.group().description(),
                data.stamp().describe(), unitNote);

        List<Page> pages = new ArrayList<>();
        pages.add(new Page.Cover(name + " (" + profile.unit().unit().code() + ")",
                "Gói tài liệu họp · đối sánh với " + profile.frame().units() + " đơn vị cấp xã của Hải Phòng có số "
                        + "liệu kỳ này",
                CoverFacts.of(profile, ranking), base));
        pages.addAll(percentilePages(profile, base));
        pages.add(rankingChart(ranking, name, base.withSynthetic(rankingNote)));
        pages.add(trendChart(trend, profile, base));
        pages.addAll(Paginator.pages(RankingTable.of(ranking, Shape.PAGE), Paginator.ROWS,
                (slice, part, parts) -> new Page.TablePart("Bảng xếp hạng: " + headline,
                        ranking.ranked() + " đơn vị, tốt nhất trước; dòng tô màu: " + name, slice, part, parts,
                        base.withSynthetic(rankingNote))));
        pages.addAll(Paginator.pages(ProfileTable.of(profile, Shape.PAGE), Paginator.ROWS,
                (slice, part, parts) -> new Page.TablePart("Hồ sơ chỉ tiêu: " + name,
                        "Giá trị, thứ hạng trong thành phố và trung vị so sánh của từng chỉ tiêu có số liệu", slice,
                        part, parts, base.withIndicator("tất cả chỉ tiêu có số liệu (" + profile.lines().size() + ")"))));
        return new PackContent("Đối sánh · " + name + " · " + Words.shortPeriod(profile.frame()), pages);
    }

    private static List<Page> percentilePages(ProfileData profile, Footer base) {
        List<UnitProfileQuery.Line> ranked = profile.lines().stream()
                .filter(l -> l.percentile() != null && !"neutral".equals(l.indicator().direction()))
                .sorted(Comparator.comparingDouble(UnitProfileQuery.Line::percentile).reversed()).toList();
        List<List<UnitProfileQuery.Line>> chunks = Paginator.chunks(ranked, BARS_PER_PAGE);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String part = chunks.size() > 1 ? " (" + (i + 1) + "/" + chunks.size() + ")" : "";
            pages.add(new Page.Chart("Vị trí của " + profile.unit().unit().name() + " trên từng chỉ tiêu" + part,
                    "Phân vị trong thành phố: 100 = tốt nhất, 0 = kém nhất; xếp từ mạnh nhất xuống",
                    ChartSpecs.percentiles(chunks.get(i)),
                    List.of("Màu theo tứ phân vị: đậm nhất = nhóm 1 (tốt nhất), nhạt nhất = nhóm 4 (kém nhất).",
                            "Chỉ tiêu trung tính (dân số, diện tích, số đơn vị…) không có đầu tốt/xấu: xem bảng hồ sơ."),
                    base.withIndicator(ranked.size() + " chỉ tiêu có hướng tốt/xấu (phân vị theo hướng)")));
        }
        return pages;
    }

    private static Page rankingChart(RankingData ranking, String name, Footer footer) {
        List<String> notes = new ArrayList<>();
        notes.add(ranking.highlighted().map(r -> "Cột đỏ sẫm: " + name + " — " + CoverFacts.rankText(r.ranking(), ranking)
                + ".").orElse(name + " không có số liệu chỉ tiêu này trong kỳ."));
        ChartSpec chart = ChartSpecs.ranking(ranking);
        notes.add("Đường ngang đứt nét: trung vị thành phố."
                + (chart.axis().min() > 0 ? " Trục dọc không bắt đầu từ 0 để thấy rõ khác biệt." : ""));
        return new Page.Chart("Xếp hạng: " + ranking.indicator().nameVi(),
                ranking.ranked() + " đơn vị, mỗi cột một đơn vị, từ tốt nhất (trái) đến kém nhất (phải)", chart,
                notes, footer);
    }

    private static Page trendChart(TrendData trend, ProfileData profile, Footer base) {
        String name = profile.unit().unit().name();
        List<String> notes = new ArrayList<>();
        notes.add(name + " có số liệu ở " + trend.unitPoints() + "/" + trend.points().size() + " kỳ"
                + (trend.unitPoints() < 2 ? ": chưa đủ để thấy xu hướng của đơn vị, thêm kỳ báo cáo để so sánh." : "."));
        if (trend.points().stream().map(p -> p.frame().months()).distinct().count() > 1) {
            notes.add("Các kỳ dài ngắn khác nhau (quý, năm): tỷ lệ vẫn so sánh được, số tuyệt đối thì không.");
        }
        Footer footer = new Footer(base.indicator(), "các kỳ đến " + Words.shortPeriod(profile.frame())
                + " (kỳ chọn: " + base.period() + ")", base.group(), base.snapshot(), base.synthetic());
        return new Page.Chart("Diễn biến: " + trend.indicator().nameVi(),
                name + " so với trung vị thành phố" + (profile.group().group() == ComparisonGroup.ALL
                        ? "" : " và nhóm so sánh") + " qua các kỳ có số liệu",
                ChartSpecs.trend(trend, name, profile.group()),
                notes, footer);
    }
}

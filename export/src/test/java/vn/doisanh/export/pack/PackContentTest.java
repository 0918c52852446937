package vn.doisanh.export.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.MeetingPack;
import vn.doisanh.export.PackRequest;
import vn.doisanh.export.SampleWarehouse;
import vn.doisanh.export.text.SyntheticNote;

/** What goes on the pages, for units and periods other than Hà Bắc's default. */
class PackContentTest {
    @Test
    void aSyntheticUnitsPackSaysItsOwnFiguresAreSyntheticAndItsTrendStopsAtItsPeriod() {
        PackContent pack = MeetingPack.content(SampleWarehouse.city(),
                new PackRequest("11755", Optional.of("2025-Q3"), ComparisonGroup.DISTRICT, "on_time_rate_pct"));
        assertThat(pack.pages()).allSatisfy(page -> assertThat(page.footer().synthetic()).get().asString()
                .startsWith(SyntheticNote.MARK));
        assertThat(pack.pages().get(0).footer().synthetic()).get().asString()
                .contains("số liệu của Xã Tiên Lãng là số liệu mô phỏng");
        assertThat(pack.pages()).allSatisfy(page -> assertThat(page.footer().group()).startsWith("cùng huyện cũ"));
        Page.Chart trend = charts(pack).stream().filter(c -> c.chart().kind() == ChartSpec.Kind.LINES).findFirst()
                .orElseThrow();
        assertThat(trend.chart().categories()).containsExactly("Quý III/2025");
        assertThat(trend.chart().series()).extracting(ChartSpec.Series::name)
                .containsExactly("Xã Tiên Lãng", "Trung vị thành phố", "Trung vị nhóm so sánh");
    }

    @Test
    void aUnitWithoutTheHeadlineIndicatorGetsAPackThatSaysSo() {
        PackContent pack = MeetingPack.content(SampleWarehouse.city(), PackRequest.of("11542", Optional.empty()));
        assertThat(((Page.Cover) pack.pages().get(0)).facts())
                .anyMatch(fact -> fact.contains("đơn vị không có số liệu kỳ này"));
        ChartSpec ranking = charts(pack).stream().map(Page.Chart::chart)
                .filter(c -> c.kind() == ChartSpec.Kind.COLUMNS).findFirst().orElseThrow();
        assertThat(ranking.series().get(0).pointColors()).isEmpty();
    }

    @Test
    void theRankingChartMarksTheUnitAndDrawsTheCityMedian() {
        PackContent pack = MeetingPack.content(SampleWarehouse.city(), PackRequest.of("10816", Optional.empty()));
        ChartSpec ranking = charts(pack).stream().map(Page.Chart::chart)
                .filter(c -> c.kind() == ChartSpec.Kind.COLUMNS).findFirst().orElseThrow();
        assertThat(ranking.categories()).hasSize(113);
        assertThat(ranking.series().get(0).pointColors()).containsOnlyKeys(1);
        assertThat(ranking.categories().get(1)).isEqualTo("Xã Hà Bắc");
        assertThat(ranking.reference()).get().extracting(ChartSpec.Reference::value).isEqualTo(97.63);
    }

    @Test
    void anUnknownUnitOrPeriodFailsWithAMessage() {
        assertThatThrownBy(() -> MeetingPack.content(SampleWarehouse.city(), PackRequest.of("00000", Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("00000");
        assertThatThrownBy(() -> MeetingPack.content(SampleWarehouse.city(), PackRequest.of("10816",
                Optional.of("2019")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019");
    }

    private static List<Page.Chart> charts(PackContent pack) {
        return pack.pages().stream().filter(Page.Chart.class::isInstance).map(Page.Chart.class::cast).toList();
    }
}

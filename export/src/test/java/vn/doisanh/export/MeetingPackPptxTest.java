package vn.doisanh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.export.text.SyntheticNote;

class MeetingPackPptxTest {
    private static XMLSlideShow ppt;

    @BeforeAll
    static void open() throws IOException {
        ppt = new XMLSlideShow(new ByteArrayInputStream(SampleWarehouse.haBacPptx()));
    }

    @Test
    void theDeckNamesTheUnitAndTheOnTimeRateWithDiacriticsIntact() {
        String all = String.join("\n", ppt.getSlides().stream().map(MeetingPackPptxTest::text).toList());
        assertThat(all).contains("Xã Hà Bắc (10816)", "Tỷ lệ hồ sơ đúng hạn", "99,89%", "hạng 2/113",
                "Huyện Thanh Hà", "36.429 người");
    }

    @Test
    void itsChartsAreNativeChartPartsNotPictures() {
        assertThat(ppt.getCharts()).hasSizeGreaterThanOrEqualTo(3);
        List<PackagePart> parts = ppt.getPackage().getPartsByName(Pattern.compile("/ppt/charts/chart\\d+\\.xml"));
        assertThat(parts).hasSameSizeAs(ppt.getCharts());
        assertThat(ppt.getPictureData()).isEmpty();
        for (XSLFSlide slide : ppt.getSlides()) {
            assertThat(slide.getShapes()).noneMatch(XSLFPictureShape.class::isInstance);
        }
        String rankingChart = ppt.getCharts().stream().map(c -> c.getCTChartSpace().xmlText())
                .filter(xml -> xml.contains("Xã Tiên Lãng")).findFirst().orElseThrow();
        assertThat(rankingChart).contains("<c:barChart", "Xã Hà Bắc", "<c:dPt", "Trung vị thành phố");
        assertThat(ppt.getCharts()).anyMatch(c -> c.getCTChartSpace().xmlText().contains("<c:lineChart"));
    }

    @Test
    void everySlideNamesItsIndicatorPeriodGroupAndSnapshotAndIsMarkedSynthetic() {
        String snapshot = TableExportTest.snapshotId();
        for (XSLFSlide slide : ppt.getSlides()) {
            assertThat(text(slide)).as("slide %d", slide.getSlideNumber())
                    .contains("Chỉ tiêu: ", "Kỳ: ", "Sơ kết 01 năm", "Nhóm so sánh: toàn thành phố", snapshot,
                            SyntheticNote.MARK + ":");
        }
    }

    @Test
    void theRankingTableRunsOverSeveralSlidesAndHoldsEveryUnitOnce() {
        List<XSLFSlide> parts = ppt.getSlides().stream().filter(s -> text(s).contains("Bảng xếp hạng:")).toList();
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(text(parts.get(0))).contains("(1/" + parts.size() + ")");
        int rows = 0;
        for (XSLFSlide slide : parts) {
            XSLFTable table = tables(slide).get(0);
            assertThat(table.getCell(0, 2).getText()).isEqualTo("Đơn vị");
            rows += table.getNumberOfRows() - 1;
        }
        assertThat(rows).isEqualTo(113);
    }

    @Test
    void eachChartSitsOnItsOwnSlideBesideItsNotes() {
        long chartSlides = ppt.getSlides().stream()
                .filter(s -> s.getRelations().stream().anyMatch(XSLFChart.class::isInstance)).count();
        assertThat(chartSlides).isEqualTo(ppt.getCharts().size());
    }

    static String text(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape textShape) {
                texts.add(textShape.getText());
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(row -> row.getCells().forEach(cell -> texts.add(cell.getText())));
            }
        }
        return String.join("\n", texts);
    }

    private static List<XSLFTable> tables(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
    }
}

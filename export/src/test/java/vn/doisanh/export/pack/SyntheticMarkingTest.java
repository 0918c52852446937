package vn.doisanh.export.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import vn.doisanh.export.SampleWarehouse;
import vn.doisanh.export.pack.pdf.PdfRenderer;
import vn.doisanh.export.pack.pptx.PptxRenderer;
import vn.doisanh.export.table.Cell;
import vn.doisanh.export.table.Column;
import vn.doisanh.export.table.ExportContext;
import vn.doisanh.export.table.Table;
import vn.doisanh.export.text.SyntheticNote;

/** Pages that show synthetic figures are marked, and only those: checked on a hand-made pack, in both formats. */
class SyntheticMarkingTest {
    private static final Footer REAL = new Footer("Tỷ lệ hồ sơ đúng hạn", "Quý III/2025", "toàn thành phố",
            "kho test", Optional.empty());
    private static final Footer SYNTHETIC = REAL.withSynthetic(SyntheticNote.forRows(1, 2));

    private static PackContent pack() {
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.COLUMNS, List.of("Xã Hà Bắc", "Phường Lê Chân"),
                List.of(new ChartSpec.Series("Tỷ lệ", List.of(99.89, 97.5), Palette.OTHERS, Map.of(0, Palette.HIGHLIGHT))),
                new ChartSpec.Axis(90, 100, 2, "Tỷ lệ (%)", 0), Optional.empty(), true, true);
        Table table = new Table(new ExportContext("t", List.of(), Optional.empty()),
                List.of(Column.text("Đơn vị", 2), Column.number("Giá trị", 1)),
                List.of(List.of(Cell.text("Xã Hà Bắc"), Cell.number(99.89, "99,89%"))), Set.of(0), Set.of());
        return new PackContent("test", List.of(
                new Page.Cover("Xã Hà Bắc (10816)", "Gói tài liệu họp", List.of("Số liệu thật"), REAL),
                new Page.Chart("Biểu đồ mô phỏng", "Có đơn vị mô phỏng", chart, List.of("Ghi chú"), SYNTHETIC),
                new Page.TablePart("Bảng thật", "Chỉ báo cáo thật", table, 1, 1, REAL)));
    }

    @Test
    void onlyTheSlideWithSyntheticFiguresCarriesTheMark() throws IOException {
        byte[] bytes = SampleWarehouse.bytes(out -> new PptxRenderer().write(pack(), out));
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
            List<String> slides = ppt.getSlides().stream().map(vn.doisanh.export.MeetingPackPptxTestAccess::text).toList();
            assertThat(slides.get(0)).doesNotContain(SyntheticNote.MARK).contains("Xã Hà Bắc (10816)");
            assertThat(slides.get(1)).contains(SyntheticNote.MARK + ": 1/2 đơn vị");
            assertThat(slides.get(2)).doesNotContain(SyntheticNote.MARK).contains("99,89%");
        }
    }

    @Test
    void onlyThePageWithSyntheticFiguresCarriesTheMark() throws IOException {
        byte[] bytes = SampleWarehouse.bytes(out -> new PdfRenderer().write(pack(), out));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (page == 2) {
                    assertThat(text).contains(SyntheticNote.MARK);
                } else {
                    assertThat(text).doesNotContain(SyntheticNote.MARK);
                }
            }
        }
    }

    @Test
    void noSyntheticFiguresMeansNoNote() {
        assertThat(SyntheticNote.forRows(0, 113)).isEmpty();
        assertThat(SyntheticNote.forUnit("Xã Hà Bắc", false, 0)).isEmpty();
        assertThat(SyntheticNote.forUnit("Xã Hà Bắc", false, 112)).get().asString()
                .startsWith(SyntheticNote.MARK).contains("báo cáo thật", "112 đơn vị");
        assertThat(SyntheticNote.forUnit("Xã Tiên Lãng", true, 0)).get().asString().contains("là số liệu mô phỏng");
    }
}

package vn.doisanh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.export.text.SyntheticNote;

class MeetingPackPdfTest {
    private static PDDocument pdf;

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(SampleWarehouse.haBacPdf());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void thePdfHasTheSamePagesAsTheDeck() throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow(new java.io.ByteArrayInputStream(SampleWarehouse.haBacPptx()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(ppt.getSlides().size());
        }
    }

    @Test
    void itsTextIsVietnameseWithDiacriticsIntact() throws IOException {
        String all = new PDFTextStripper().getText(pdf);
        assertThat(all).contains("Xã Hà Bắc (10816)", "Tỷ lệ hồ sơ đúng hạn", "99,89%", "hạng 2/113",
                "Xếp hạng: Tỷ lệ hồ sơ đúng hạn (báo cáo)", "Phường", "Trung vị thành phố: 97,63%");
    }

    @Test
    void everyPageNamesItsIndicatorPeriodGroupAndSnapshotAndIsMarkedSynthetic() throws IOException {
        String snapshot = TableExportTest.snapshotId();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            assertThat(page(page)).as("page %d", page).contains("Chỉ tiêu: ", "Kỳ: ", "Sơ kết 01 năm",
                    "Nhóm so sánh: toàn thành phố", snapshot, SyntheticNote.MARK + ":");
        }
    }

    @Test
    void itEmbedsDejaVuSansAndDrawsChartsAsVectorsNotImages() throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(page.getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void longTablesRunOverSeveralPages() throws IOException {
        int parts = 0;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (page(page).contains("Bảng xếp hạng:")) {
                parts++;
            }
        }
        assertThat(parts).isGreaterThan(1);
        assertThat(page(pdf.getNumberOfPages())).contains("Hồ sơ chỉ tiêu: Xã Hà Bắc");
    }

    private static String page(int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }
}

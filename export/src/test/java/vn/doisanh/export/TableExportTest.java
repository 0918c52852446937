package vn.doisanh.export;

import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.RankingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.doisanh.export.text.SyntheticNote;

class TableExportTest {
    private static final RankingRequest ON_TIME = new RankingRequest("on_time_rate_pct", Optional.empty(),
            RankingFilter.none(), ComparisonGroup.ALL, Optional.of(SampleWarehouse.HA_BAC));

    @Test
    void theRankingCsvStartsWithTheBomAndCarriesItsContextThenEveryUnit() {
        byte[] csv = SampleWarehouse.bytes(out -> TableExport.rankingCsv(SampleWarehouse.city(), ON_TIME, out));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Chỉ tiêu,Tỷ lệ hồ sơ đúng hạn (báo cáo) [on_time_rate_pct]", "Kỳ,", "Bộ lọc,",
                "Nhóm so sánh,\"toàn thành phố (114 đơn vị)", "Dữ liệu,\"kho " + snapshotId(), SyntheticNote.MARK,
                "Hạng,Số đơn vị xếp hạng,Mã đơn vị,Đơn vị,Loại,Huyện cũ,Giá trị");
        assertThat(text).contains("2,113,10816,Xã Hà Bắc,xã,Huyện Thanh Hà,99.89,%,99,1 (tốt nhất),báo cáo,báo cáo thật");
        assertThat(text.lines().filter(l -> l.matches("\\d+,113,\\d{5},.*"))).hasSize(113);
    }

    @Test
    void filtersNarrowTheRowsAndAreNamedInTheContext() {
        RankingRequest wards = new RankingRequest("on_time_rate_pct", Optional.empty(), new RankingFilter(
                Optional.of("phuong"), Optional.empty(), Optional.empty(), Optional.empty()), ComparisonGroup.ALL,
                Optional.empty());
        String text = new String(SampleWarehouse.bytes(out -> TableExport.rankingCsv(SampleWarehouse.city(), wards,
                out)), StandardCharsets.UTF_8);
        assertThat(text).contains("Bộ lọc,\"loại phường;").doesNotContain("Xã Hà Bắc");
        assertThat(text.lines().filter(l -> l.matches("\\d+,113,\\d{5},.*"))).allMatch(l -> l.contains(",phường,"));
    }

    @Test
    void theRankingXlsxKeepsNumbersAsNumbersAndMarksTheUnit() throws IOException {
        byte[] xlsx = SampleWarehouse.bytes(out -> TableExport.rankingXlsx(SampleWarehouse.city(), ON_TIME, out));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Xếp hạng");
            List<String> text = texts(sheet);
            assertThat(String.join("\n", text)).contains("Tỷ lệ hồ sơ đúng hạn (báo cáo)", "Nhóm so sánh",
                    snapshotId(), SyntheticNote.MARK);
            Row haBac = rowWith(sheet, "Xã Hà Bắc");
            assertThat(haBac.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(haBac.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(haBac.getCell(6).getNumericCellValue()).isEqualTo(99.89);
            assertThat(haBac.getCell(3).getCellStyle().getFillForegroundColor()).isNotZero();
        }
    }

    @Test
    void theProfileExportsListTheUnitsIndicatorsWithDiacriticsIntact() throws IOException {
        ProfileRequest request = new ProfileRequest(SampleWarehouse.HA_BAC, Optional.empty(), ComparisonGroup.TYPE);
        byte[] csv = SampleWarehouse.bytes(out -> TableExport.profileCsv(SampleWarehouse.city(), request, out));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).contains("Hồ sơ chỉ tiêu: Xã Hà Bắc (10816)", "Nhóm so sánh,cùng loại xã (67 đơn vị)",
                "on_time_rate_pct,Tỷ lệ hồ sơ đúng hạn (báo cáo),99.89,%,2,113", "Trung vị nhóm so sánh",
                "số liệu của Xã Hà Bắc là báo cáo thật");
        byte[] xlsx = SampleWarehouse.bytes(out -> TableExport.profileXlsx(SampleWarehouse.city(), request, out));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(String.join("\n", texts(workbook.getSheet("Hồ sơ đơn vị"))))
                    .contains("Xã Hà Bắc", "Tỷ lệ hồ sơ đúng hạn", "Quy mô dân số", SyntheticNote.MARK);
        }
    }

    @Test
    void anUnknownIndicatorFailsBeforeAnythingIsWritten() {
        RankingRequest bad = RankingRequest.of("no_such_indicator", Optional.empty());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> TableExport.rankingCsv(SampleWarehouse.city(), bad, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_indicator");
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> TableExport.profileXlsx(SampleWarehouse.city(), ProfileRequest.of("99999",
                Optional.empty()), out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99999");
    }

    static String snapshotId() {
        return new vn.doisanh.warehouse.query.SnapshotInfoQuery(SampleWarehouse.city()).run().snapshotId();
    }

    private static List<String> texts(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell))));
        return texts;
    }

    private static Row rowWith(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }
}

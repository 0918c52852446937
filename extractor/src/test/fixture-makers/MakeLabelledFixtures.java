// Builds the binary fixtures of the labelled test set (synthetic data, not real figures):
//   ward-hai-an-q4-2025.docx      (POI XWPF: paragraphs + a borderless header table + a figures table)
//   commune-an-lao-2025.pdf       (PDFBox 3: text layer, DejaVuSans embedded, 2 pages)
//   template-wide-q4-2025.xlsx    (POI XSSF: wide template layout, numeric cells, 3 units)
//
// Run from /work/main (or from /work/main/extractor):
//   java -cp "$(ls /work/main/extractor/target/lib/*.jar | tr '\n' ':')" \
//        extractor/src/test/fixture-makers/MakeLabelledFixtures.java
//
// Outputs are byte-identical across runs: document dates are fixed, the PDF document id is fixed, and the
// OOXML zip containers are rewritten with a fixed entry timestamp.
// The texts below are hand-written synthetic reports; the expected facts live in labelled/expected/.

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

public class MakeLabelledFixtures {

    static final String SYNTHETIC =
            "DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật.";

    static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static final String FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    static Date fixedDate(int y, int m, int d) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(y, m - 1, d, 8, 0, 0);
        return c.getTime();
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : locateOutput();
        Files.createDirectories(out);
        writeDocx(out.resolve("ward-hai-an-q4-2025.docx"));
        writePdf(out.resolve("commune-an-lao-2025.pdf"));
        writeXlsx(out.resolve("template-wide-q4-2025.xlsx"));
        System.out.println("written to " + out.toAbsolutePath());
    }

    static Path locateOutput() {
        for (String p : List.of("extractor/src/test/resources/labelled", "src/test/resources/labelled",
                "/work/main/extractor/src/test/resources/labelled")) {
            if (Files.isDirectory(Path.of(p))) return Path.of(p);
        }
        throw new IllegalStateException("run from /work/main or /work/main/extractor");
    }

    // ------------------------------------------------------------------ DOCX: Phường Hải An, Quý IV/2025

    /** Paragraphs; "# " = bold heading, "^ " = centred bold, "[[TABLE]]" = the figures table. */
    static final String HAI_AN_TEXT = """
            {SYNTHETIC}
            ^ BÁO CÁO
            ^ Kết quả hoạt động của chính quyền phường Hải An Quý IV năm 2025
            Thực hiện Công văn số 2145/UBND-VP ngày 05/12/2025 của Ủy ban nhân dân thành phố về chế độ báo cáo định kỳ; Ủy ban nhân dân phường Hải An báo cáo kết quả hoạt động Quý IV năm 2025 như sau:
            # I. TÌNH HÌNH CHUNG
            Phường Hải An được thành lập trên cơ sở toàn bộ các phường Đằng Lâm, Thành Tô, Đằng Hải, Cát Bi, Tràng Cát và một phần các phường Đông Hải 2, Nam Hải thuộc quận Hải An (cũ). Phường có diện tích tự nhiên rộng 39,99 km², là cửa ngõ cảng biển và hàng không của thành phố; dân số 102.648 người, sinh sống tại 118 tổ dân phố.
            Công tác giảm nghèo tiếp tục được quan tâm: hiện còn 12 hộ nghèo (tỷ lệ 0,04%) và 65 hộ cận nghèo (tỷ lệ 0,22%); trong quý, phường đã vận động hỗ trợ xây mới 02 nhà Đại đoàn kết.
            # II. TỔ CHỨC BỘ MÁY, BIÊN CHẾ
            Bộ máy UBND phường gồm 03 phòng chuyên môn: Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công đặt tại số 56 đường Lê Hồng Phong.
            Phường quản lý 29 đơn vị sự nghiệp công lập, trong đó có 27 trường học (Mầm non 11 trường, Tiểu học 09 trường, THCS 07 trường), Trung tâm Dịch vụ sự nghiệp công và Trạm Y tế phường.
            Biên chế công chức Thành phố giao cho phường năm 2025 là 89 biên chế. Đến thời điểm 31/12/2025, số cán bộ, công chức có mặt là 86 người. Phường đang sử dụng 11 người hoạt động không chuyên trách.
            Đối với khối sự nghiệp, tổng số biên chế được giao là 1.142; trong đó các trường học được giao 1.104 biên chế, thực tế có mặt 1.079 viên chức; Trạm Y tế được giao 30 biên chế, hiện có 28 người.
            # III. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            Trong Quý IV/2025, UBND phường tổ chức 17 hội nghị, cuộc họp; thực hiện 1.200 lượt tuyên truyền trên hệ thống loa truyền thanh tổ dân phố.
            Tổng số văn bản UBND phường ban hành trong quý là 1.506 văn bản, trong đó: Quyết định 488, Kế hoạch 72, Thông báo 121, Tờ trình 45, Công văn 690 và 90 văn bản khác. 100% văn bản đi (trừ văn bản mật) được ký số và gửi trên môi trường mạng.
            # IV. GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH, NGÂN SÁCH
            Trong quý, phường đã tiếp nhận 12.345 hồ sơ thủ tục hành chính, tăng 8,3% so với Quý III/2025. Kết quả cụ thể tại bảng sau:
            [[TABLE]]
            Các hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai, đăng ký biến động; UBND phường đã có văn bản xin lỗi người dân theo Quyết định số 3120/QĐ-UBND.
            # V. NHIỆM VỤ QUÝ I/2026
            Duy trì tỷ lệ hồ sơ giải quyết đúng hạn trên 99%; phấn đấu 90% hồ sơ nộp trực tuyến; hoàn thành 100% chỉ tiêu giao quân năm 2026. Đường dây nóng của phường: 0225.3978.456.
            Trên đây là báo cáo kết quả hoạt động Quý IV năm 2025 của UBND phường Hải An./.
            Nơi nhận: UBND thành phố; Sở Nội vụ; Lưu: VT.
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Thị Thu Hà
            """.replace("{SYNTHETIC}", SYNTHETIC);

    static final String[][] HAI_AN_TABLE = {
            {"Chỉ tiêu", "Số liệu", "Đơn vị"},
            {"Tổng số hồ sơ tiếp nhận", "12.345", "hồ sơ"},
            {"Hồ sơ nộp trực tuyến", "10.124", "hồ sơ"},
            {"Tỷ lệ hồ sơ nộp trực tuyến", "82,01", "%"},
            {"Số hồ sơ đã giải quyết", "12.016", "hồ sơ"},
            {"Giải quyết đúng hạn, trước hạn", "11.990", "hồ sơ"},
            {"Giải quyết quá hạn", "26", "hồ sơ"},
            {"Tỷ lệ giải quyết đúng hạn", "99,78", "%"},
            {"Tỷ lệ quá hạn", "0,22", "%"},
            {"Số hóa thành phần hồ sơ đầu vào", "99,12", "%"},
            {"Số hóa kết quả giải quyết TTHC", "100", "%"},
            {"Thanh toán trực tuyến", "94,6", "%"},
            {"Điểm hài lòng của người dân, doanh nghiệp (thang 18)", "17,64", "điểm"},
            {"Số cuộc họp trực tuyến với Thành phố", "14", "cuộc"},
            {"Thu ngân sách nhà nước trên địa bàn", "214.560", "triệu đồng"},
            {"Thu NSNN so với dự toán quý", "103,8", "%"},
            {"Chi ngân sách địa phương", "96.432", "triệu đồng"},
            {"Giải ngân vốn đầu tư công so với kế hoạch", "91,25", "%"},
    };

    static void writeDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            // Header block as a borderless two-column table, the way most Vietnamese .docx reports are laid out.
            XWPFTable head = doc.createTable(1, 2);
            noBorders(head);
            cellLines(head.getRow(0).getCell(0), true,
                    "ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI AN", "Số: 586/BC-UBND");
            cellLines(head.getRow(0).getCell(1), true,
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Hải An, ngày 06 tháng 01 năm 2026");

            for (String line : HAI_AN_TEXT.split("\n")) {
                if (line.isBlank()) continue;
                if (line.equals("[[TABLE]]")) {
                    figuresTable(doc);
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                font(r);
                if (line.startsWith("# ")) {
                    r.setBold(true);
                    r.setText(line.substring(2));
                } else if (line.startsWith("^ ")) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    r.setBold(true);
                    r.setText(line.substring(2));
                } else {
                    p.setAlignment(ParagraphAlignment.BOTH);
                    r.setText(line);
                }
            }
            POIXMLProperties.CoreProperties cp = doc.getProperties().getCoreProperties();
            Date d = fixedDate(2026, 1, 6);
            cp.setCreated(Optional.of(d));
            cp.setModified(Optional.of(d));
            cp.setCreator("UBND phường Hải An (mô phỏng)");
            cp.setTitle("Báo cáo Quý IV/2025 - phường Hải An (synthetic)");
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.write(bos);
            Files.write(file, normaliseZip(bos.toByteArray()));
        }
    }

    static void figuresTable(XWPFDocument doc) {
        XWPFTable t = doc.createTable(HAI_AN_TABLE.length, 3);
        for (int i = 0; i < HAI_AN_TABLE.length; i++) {
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < 3; j++) {
                cellLines(row.getCell(j), i == 0, HAI_AN_TABLE[i][j]);
            }
        }
    }

    static void cellLines(XWPFTableCell cell, boolean bold, String... lines) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) p = cell.addParagraph();
            XWPFRun r = p.createRun();
            font(r);
            r.setBold(bold);
            r.setText(lines[i]);
        }
    }

    static void font(XWPFRun r) {
        r.setFontFamily("Times New Roman");
        r.setFontSize(13);
    }

    static void noBorders(XWPFTable t) {
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        t.setTopBorder(none, 0, 0, "auto");
        t.setBottomBorder(none, 0, 0, "auto");
        t.setLeftBorder(none, 0, 0, "auto");
        t.setRightBorder(none, 0, 0, "auto");
        t.setInsideHBorder(none, 0, 0, "auto");
        t.setInsideVBorder(none, 0, 0, "auto");
    }

    // ------------------------------------------------------------------ PDF: Xã An Lão, năm 2025

    /** Lines; "# " = bold, "^ " = centred bold, "~ " = small print (kept on one line), blank = paragraph gap. */
    static final String AN_LAO_TEXT = """
            # ỦY BAN NHÂN DÂN XÃ AN LÃO
            Số: 09/BC-UBND
            An Lão, ngày 08 tháng 01 năm 2026

            ~ {SYNTHETIC}

            ^ BÁO CÁO
            ^ Tổng kết tình hình thực hiện nhiệm vụ năm 2025 của Ủy ban nhân dân xã An Lão

            Thực hiện Kế hoạch số 312/KH-UBND ngày 20/11/2025 của UBND thành phố về việc tổng kết công tác năm 2025; căn cứ Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, UBND xã An Lão báo cáo kết quả thực hiện nhiệm vụ năm 2025 như sau:

            # I. TÌNH HÌNH CHUNG
            Xã An Lão được thành lập trên cơ sở toàn bộ thị trấn An Lão, các xã An Tiến, An Thắng, Tân Dân và một phần thị trấn Trường Sơn, xã Thái Sơn thuộc huyện An Lão (cũ). Diện tích tự nhiên của xã là 26,39 km²; dân số 47.189 người; toàn xã có 27 thôn, tổ dân phố.

            Xã có 02 tôn giáo là Phật giáo và Công giáo, tổng cộng 6.250 tín đồ, trong đó Phật giáo 5.380 người, Công giáo 870 người.

            Cuối năm 2025, số hộ nghèo toàn xã còn 62 hộ (tỷ lệ 0,47%), số hộ cận nghèo là 131 hộ (tỷ lệ 0,99%); giảm 19 hộ nghèo so với đầu năm.

            # II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
            # 1. Kinh tế, ngân sách
            Tốc độ tăng trưởng giá trị sản xuất năm 2025 ước đạt 10,8%; giá trị sản xuất nông nghiệp đạt 412,5 tỷ đồng. Tổng thu ngân sách nhà nước trên địa bàn cả năm 2025 đạt 132,65 tỷ đồng, bằng 118,2% dự toán. Riêng 6 tháng cuối năm 2025 (từ 01/7/2025 đến 31/12/2025), thu ngân sách trên địa bàn được 71,8 tỷ đồng. Chi ngân sách địa phương năm 2025 là 87.416 triệu đồng. Tỷ lệ giải ngân vốn đầu tư công đạt 96,3% kế hoạch vốn được giao.

            # 2. Tổ chức bộ máy, biên chế
            UBND xã có 03 phòng chuyên môn (Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội) và Trung tâm Phục vụ hành chính công. Xã quản lý 18 đơn vị sự nghiệp công lập, gồm 15 trường học (06 trường mầm non, 05 trường tiểu học, 04 trường THCS), Trung tâm Dịch vụ sự nghiệp công, Trạm Y tế và Ban Quản lý dự án đầu tư xây dựng.

            Trước sắp xếp, các đơn vị hành chính cũ có tổng số 91 cán bộ, công chức. Ngày 01/7/2025, UBND xã An Lão tiếp nhận 58 cán bộ, công chức. Biên chế cán bộ, công chức được giao năm 2025 là 50 biên chế. Tính đến ngày 31/12/2025, có mặt 47 cán bộ, công chức (11 người đã nghỉ theo Nghị định số 178/2024/NĐ-CP). UBND xã đang sử dụng 03 người hoạt động không chuyên trách.

            Biên chế sự nghiệp được giao là 593 người; trong đó khối giáo dục được giao 562, có mặt 548 viên chức; Trạm Y tế được giao 24 biên chế, có mặt 23 người.

            # 3. Chỉ đạo, điều hành
            Từ ngày 01/7/2025 đến ngày 31/12/2025, UBND xã đã ban hành 3.102 văn bản, gồm: 1.187 quyết định; 136 kế hoạch; 204 thông báo; 73 tờ trình; 1.215 công văn; 287 văn bản khác. Tỷ lệ văn bản đi được ký số (trừ văn bản mật) đạt 97,9%. HĐND xã tổ chức 04 kỳ họp.

            # 4. Cải cách hành chính
            Năm 2025 (bao gồm số liệu của các đơn vị hành chính cũ trong 6 tháng đầu năm), tổng số hồ sơ thủ tục hành chính tiếp nhận là 14.386 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt 79,63%. Đã giải quyết 14.301 hồ sơ, trong đó đúng hạn và trước hạn 14.279 hồ sơ, đạt 99,85%; quá hạn 22 hồ sơ, chiếm 0,15%. Tỷ lệ số hóa thành phần hồ sơ đầu vào đạt 96,4%; tỷ lệ thanh toán trực tuyến đạt 90,75%. Điểm hài lòng của người dân đạt 17,3 điểm.

            # 5. Văn hóa - xã hội
            Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%; 100% thôn, tổ dân phố có nhà văn hóa; trao 1.860 suất quà Tết cho hộ nghèo, gia đình chính sách.

            # III. PHƯƠNG HƯỚNG NĂM 2026 VÀ GIAI ĐOẠN 2026 - 2030
            Mục tiêu tăng trưởng kinh tế bình quân 12%/năm giai đoạn 2026 - 2030; năm 2026 phấn đấu thu ngân sách 140 tỷ đồng; nâng tỷ lệ hồ sơ nộp trực tuyến lên 85%. Đường dây nóng Trung tâm Phục vụ hành chính công xã: 0225.3872.066.

            Trên đây là báo cáo tổng kết năm 2025 của UBND xã An Lão./.

            Nơi nhận: UBND thành phố; Sở Nội vụ; Lưu: VT.
            # TM. ỦY BAN NHÂN DÂN
            # CHỦ TỊCH
            Hoàng Văn Lâm
            """.replace("{SYNTHETIC}", SYNTHETIC);

    static void writePdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, new File(FONT));
            PDType0Font bold = PDType0Font.load(doc, new File(FONT_BOLD));
            float size = 11f, leading = 15.5f, margin = 62f;
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * margin;

            // Lay out all lines first.
            record Line(String text, boolean bold, boolean centre, float gapBefore, float size) {}
            List<Line> lines = new ArrayList<>();
            float gap = 0;
            for (String raw : AN_LAO_TEXT.split("\n")) {
                if (raw.isBlank()) { gap = leading * 0.5f; continue; }
                boolean b = raw.startsWith("# ") || raw.startsWith("^ ");
                boolean c = raw.startsWith("^ ");
                boolean small = raw.startsWith("~ ");
                String text = b || small ? raw.substring(2) : raw;
                float sz = small ? 9f : size;
                List<String> wrapped = wrap(text, b ? bold : regular, sz, width);
                if (small && wrapped.size() > 1) throw new IllegalStateException("small print must fit one line");
                for (int i = 0; i < wrapped.size(); i++) {
                    lines.add(new Line(wrapped.get(i), b, c, i == 0 ? gap : 0, sz));
                }
                gap = 0;
            }

            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (Line l : lines) {
                if (page == null || y - l.gapBefore() - leading < margin) {
                    if (cs != null) cs.close();
                    page = new PDPage(a4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = a4.getHeight() - margin;
                } else {
                    y -= l.gapBefore();
                }
                PDType0Font f = l.bold() ? bold : regular;
                float x = margin;
                if (l.centre()) x = margin + (width - f.getStringWidth(l.text()) / 1000 * l.size()) / 2;
                cs.beginText();
                cs.setFont(f, l.size());
                cs.newLineAtOffset(x, y - l.size());
                cs.showText(l.text());
                cs.endText();
                y -= leading;
            }
            if (cs != null) cs.close();

            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            c.setTime(fixedDate(2026, 1, 8));
            info.setCreationDate(c);
            info.setModificationDate(c);
            info.setTitle("Báo cáo tổng kết năm 2025 - xã An Lão (synthetic)");
            info.setAuthor("UBND xã An Lão (mô phỏng)");
            info.setProducer("MakeLabelledFixtures");
            doc.setDocumentId(20260108L);
            doc.save(file.toFile());
            System.out.println("pdf pages: " + doc.getNumberOfPages());
        }
    }

    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }

    // ------------------------------------------------------------------ XLSX: wide template, Quý IV/2025

    static final String[] WIDE_HEADER = {
            "unit_code", "unit_name", "period_start", "period_end", "period_label", "synthetic",
            "population", "area_km2", "villages", "civil_servants_quota", "civil_servants_present",
            "cases_received", "cases_resolved", "cases_on_time", "cases_overdue", "on_time_rate_pct",
            "online_submission_pct", "documents_issued", "budget_revenue", "budget_expenditure",
            "budget_revenue_vs_plan_pct", "public_investment_disbursement_pct", "satisfaction_score"};

    /** null = empty cell (not reported); Double = numeric cell; String = text cell. */
    static final Object[][] WIDE_ROWS = {
            {11311d, "Phường Hồng Bàng", "2025-10-01", "2025-12-31", "Quý IV/2025", "true",
                    113200d, 12.11, 143d, 96d, 93d,
                    11820d, 11604d, 11581d, 23d, 99.80,
                    84.7, 1403d, 176350d, 68420d,
                    104.6, 89.3, 17.8},
            {11674d, "Xã An Hưng", "2025-10-01", "2025-12-31", "Quý IV/2025", "true",
                    25535d, 20.23, 16d, 38d, 36d,
                    2614d, 2588d, 2586d, 2d, 99.92,
                    79.15, 712d, 14280d, 16930d,
                    null, 93.05, 18d},
            {11948d, "Đặc khu Bạch Long Vĩ", "2025-10-01", "2025-12-31", "Quý IV/2025", "true",
                    686d, 3.07, 3d, 20d, 17d,
                    312d, 312d, 312d, 0d, 100d,
                    61.2, 318d, 1850d, 21460d,
                    null, 100d, null},
    };

    static void writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("Quý IV-2025");
            CellStyle boldStyle = wb.createCellStyle();
            var f = wb.createFont();
            f.setBold(true);
            boldStyle.setFont(f);
            CellStyle dec = wb.createCellStyle();
            dec.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle intf = wb.createCellStyle();
            intf.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle code = wb.createCellStyle();
            code.setDataFormat(wb.createDataFormat().getFormat("0"));

            XSSFRow h = sh.createRow(0);
            for (int j = 0; j < WIDE_HEADER.length; j++) {
                XSSFCell c = h.createCell(j);
                c.setCellValue(WIDE_HEADER[j]);
                c.setCellStyle(boldStyle);
            }
            for (int i = 0; i < WIDE_ROWS.length; i++) {
                XSSFRow r = sh.createRow(i + 1);
                for (int j = 0; j < WIDE_ROWS[i].length; j++) {
                    Object v = WIDE_ROWS[i][j];
                    if (v == null) continue;
                    XSSFCell c = r.createCell(j);
                    if (v instanceof Double d) {
                        c.setCellValue(d);
                        if (j == 0) c.setCellStyle(code);
                        else c.setCellStyle(d == Math.rint(d) ? intf : dec);
                    } else {
                        c.setCellValue((String) v);
                    }
                }
            }
            for (int j = 0; j < WIDE_HEADER.length; j++) sh.setColumnWidth(j, 18 * 256);
            POIXMLProperties.CoreProperties cp = wb.getProperties().getCoreProperties();
            Date d = fixedDate(2026, 1, 10);
            cp.setCreated(Optional.of(d));
            cp.setModified(Optional.of(d));
            cp.setCreator("Sở Nội vụ (mô phỏng)");
            cp.setTitle("Mẫu báo cáo dạng ngang Quý IV/2025 (synthetic)");
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            wb.write(bos);
            Files.write(file, normaliseZip(bos.toByteArray()));
        }
    }

    // ------------------------------------------------------------------ zip normalisation

    /** Rewrites an OOXML zip with the same entries in the same order and a fixed timestamp. */
    static byte[] normaliseZip(byte[] zip) throws IOException {
        long fixed = new GregorianCalendar(2026, Calendar.JANUARY, 1, 0, 0, 0).getTimeInMillis();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bos)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTime(fixed);
                out.putNextEntry(n);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bos.toByteArray();
    }
}

package vn.doisanh.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.LedgerEntry;
import vn.doisanh.extract.model.NumberRole;
import vn.doisanh.extract.model.Warning;

/**
 * The bad inputs reports really arrive as: each is refused with a clear reason naming the file, or read with a
 * warning. Nothing else escapes the extractor.
 */
class BadInputCorpusTest {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
    private static final String HEAD = "UBND XÃ TIÊN LÃNG\nBÁO CÁO\nKết quả Quý III/2025\n";

    private static ExtractionException refused(String file, byte[] bytes) {
        try {
            EXTRACTOR.extract(file, bytes, FileHints.NONE);
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).startsWith(file + ":");
            // one line per refused input: RELIABILITY.md's table is made from these
            System.out.println("[bad-input] " + file + " | " + e.code() + " | " + e.getMessage());
            return e;
        }
        throw new AssertionError(file + " was accepted");
    }

    private static List<String> warningCodes(String file, String text) throws ExtractionException {
        List<Extraction> extractions = EXTRACTOR.extract(file, text.getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        return extractions.stream().flatMap(e -> e.warnings().stream()).map(Warning::code).toList();
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refused("rỗng.txt", new byte[0]).code()).isEqualTo("empty_file");
        assertThat(refused("trắng.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo("empty_file");
    }

    @Test
    void a_binary_file_is_refused() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        assertThat(refused("ảnh.txt", binary).code()).isIn("binary_file", "bad_encoding");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() {
        byte[] fifty = new byte[50 * 1024 * 1024];
        Arrays.fill(fifty, (byte) 'a');
        ExtractionException e = refused("lớn.txt", fifty);
        assertThat(e.code()).isEqualTo("too_large");
        assertThat(e.getMessage()).contains("52,428,800 bytes");
    }

    @Test
    void a_password_protected_docx_is_refused_with_the_reason() throws Exception {
        byte[] plain = docx(HEAD + "Tổng số hồ sơ tiếp nhận: 1.234 hồ sơ.");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }
        ExtractionException e = refused("khóa.docx", encrypted.toByteArray());
        assertThat(e.getMessage()).contains("password-protected");
    }

    @Test
    void a_zip_bomb_is_refused_without_inflating_it() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        ExtractionException e = refused("bom.docx", bomb.toByteArray());
        assertThat(e.code()).isEqualTo("unreadable_file");
    }

    @Test
    void a_report_naming_two_units_as_authors_is_held_with_its_figures_until_a_unit_is_given() throws ExtractionException {
        byte[] text = ("UBND XÃ TIÊN LÃNG\nUBND XÃ HÀ BẮC\nBÁO CÁO\nQuý III/2025\nTiếp nhận 1.234 hồ sơ.")
                .getBytes(StandardCharsets.UTF_8);
        Extraction held = EXTRACTOR.extract("hai.txt", text, FileHints.NONE).get(0);
        assertThat(held.status()).isEqualTo(Extraction.NEEDS_UNIT);
        assertThat(held.warnings()).extracting(Warning::code).contains("multiple_units", Extraction.NEEDS_UNIT);
        assertThat(held.warnings()).filteredOn(w -> w.code().equals("multiple_units")).extracting(Warning::message)
                .singleElement().asString().contains("Xã Tiên Lãng (11755)", "Xã Hà Bắc (10816)");
        assertThat(held.facts()).extracting(f -> f.value()).containsExactly(1234.0);
    }

    @Test
    void negative_counts_in_a_template_are_flagged() throws ExtractionException {
        String csv = "unit_code,period_start,period_end,indicator,value\n11755,2025-07-01,2025-09-30,cases_overdue,-16\n";
        assertThat(warningCodes("âm.csv", csv)).contains("negative_value");
    }

    @Test
    void a_share_over_100_percent_is_flagged() throws ExtractionException {
        assertThat(warningCodes("r.txt", HEAD + "Tỷ lệ thanh toán trực tuyến: 112,5%.")).contains("percentage_out_of_range");
    }

    @Test
    void conflicting_values_for_one_figure_are_flagged_the_first_kept_and_the_other_left_unread() throws ExtractionException {
        List<Extraction> extraction = EXTRACTOR.extract("r.txt", (HEAD + "Quy mô dân số 40.123 người.\n"
                + "Dân số: 41.000 người.").getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        assertThat(extraction.get(0).warnings()).extracting(Warning::code).contains("conflicting_values");
        assertThat(extraction.get(0).warnings()).filteredOn(w -> w.code().equals("conflicting_values")).singleElement()
                .satisfies(w -> assertThat(w.args()).containsEntry("indicator", "population")
                        .containsEntry("kept", "40123").containsEntry("other", "41000"));
        assertThat(extraction.get(0).facts()).filteredOn(f -> f.indicator().equals("population"))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(40123.0));
        assertThat(extraction.get(0).ledger().entries()).filteredOn(e -> e.number().equals("41.000")).singleElement()
                .satisfies(e -> {
                    assertThat(e.role()).isEqualTo(NumberRole.UNREAD);
                    assertThat(e.candidates()).containsExactly("population");
                    assertThat(e.cue()).isEqualTo("conflicting_values");
                });
        assertThat(extraction.get(0).ledger().entries()).filteredOn(e -> e.number().equals("40.123"))
                .extracting(LedgerEntry::role).containsExactly(NumberRole.FACT);
    }

    @Test
    void a_renamed_file_is_judged_by_its_content() {
        ExtractionException e = refused("giả.docx", "chỉ là chữ".getBytes(StandardCharsets.UTF_8));
        assertThat(e.getMessage()).contains("the content is not");
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_report_naming_a_unit_not_in_the_registry_is_held_with_its_figures_until_a_unit_is_given()
            throws ExtractionException {
        byte[] text = ("UBND XÃ KHÔNG CÓ THẬT\nBÁO CÁO\nKết quả Quý III/2025\n"
                + "Tổng số hồ sơ tiếp nhận: 1.234 hồ sơ.").getBytes(StandardCharsets.UTF_8);
        Extraction held = EXTRACTOR.extract("10816/lạ.txt", text, new FileHints(Optional.of("10816"), Optional.empty(),
                false)).get(0);
        assertThat(held.status()).as("a folder's code does not stand for an unknown name").isEqualTo(Extraction.NEEDS_UNIT);
        assertThat(held.warnings()).extracting(Warning::code).contains("unit_not_found", Extraction.NEEDS_UNIT);
        assertThat(held.facts()).extracting(f -> f.value()).containsExactly(1234.0);
        Extraction given = EXTRACTOR.extract("lạ.txt", text, new FileHints(Optional.of("10816"), Optional.empty()))
                .get(0);
        assertThat(given.status()).isEqualTo("ready");
        assertThat(given.unit().code()).isEqualTo("10816");
        assertThat(given.warnings()).extracting(Warning::code).contains("unit_not_found", "unit_given");
    }

    private static final String BODY = HEAD + "Tổng số hồ sơ tiếp nhận: 1.234 hồ sơ; đúng hạn và trước hạn 1.200 hồ sơ.\n"
            + "Quy mô dân số 40.123 người.\n";

    private static List<String> facts(String file, byte[] bytes) throws ExtractionException {
        Extraction extraction = EXTRACTOR.extract(file, bytes, FileHints.NONE).get(0);
        assertThat(extraction.unit().code()).isEqualTo("11755"); // xã Tiên Lãng
        return extraction.facts().stream().map(f -> f.indicator() + "=" + f.value() + " @" + f.evidence().text())
                .toList();
    }

    /** Windows-1258, UTF-16 with BOM and NFD are in ReportFormatsTest; these are the UTF-16 forms it lacks. */
    @Test
    void utf_16_reports_with_or_without_a_bom_give_the_same_facts_as_utf_8() throws Exception {
        List<String> utf8 = facts("utf8.txt", BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8).anyMatch(f -> f.startsWith("cases_received=1234.0"));
        assertThat(facts("utf16le-bom.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                BODY.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(utf8);
        assertThat(facts("utf16be-bom.txt", BODY.getBytes(StandardCharsets.UTF_16))).isEqualTo(utf8);
        assertThat(facts("utf16le.txt", BODY.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(utf8);
    }

    @Test
    void an_NFD_report_gives_the_same_facts_as_its_NFC_form() throws Exception {
        String nfd = java.text.Normalizer.normalize(BODY, java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(BODY);
        assertThat(facts("nfd.txt", nfd.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(facts("nfc.txt", BODY.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void nothing_but_an_extraction_exception_escapes_on_garbage() {
        assertThatThrownBy(() -> EXTRACTOR.extract("x.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.UTF_8),
                FileHints.NONE)).isInstanceOf(ExtractionException.class);
    }
}

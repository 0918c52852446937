package vn.doisanh.dashboard.upload;

import java.util.Arrays;
import java.util.Locale;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.source.FileFormat;
import vn.doisanh.extract.source.TextDecoder;

/**
 * What an upload is, from its bytes alone: the sender's file name (and its extension) is never consulted. The
 * extractor's sniffing tells PDF, Word and Excel apart; text is a CSV template when its header row has a
 * {@code unit_code} column, else a narrative report. Binary, empty and undecodable content is refused here.
 */
final class UploadFormat {
    private UploadFormat() {
    }

    /** The format's code ({@code txt}, {@code docx}, {@code pdf}, {@code csv}, {@code xlsx}). */
    static String detect(byte[] bytes, String file) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("empty_file", file, "the file is empty");
        }
        // A name without an extension: FileFormat must judge by content only.
        FileFormat format = FileFormat.of("upload", bytes);
        if (format == FileFormat.DOCX || format == FileFormat.XLSX) {
            OfficeArchiveCheck.check(bytes, file);
        }
        if (format != FileFormat.TXT) {
            return format.code();
        }
        String text = TextDecoder.decode(bytes, file);
        return isTemplateHeader(text.lines().filter(l -> !l.isBlank()).findFirst().orElse("")) ? "csv" : "txt";
    }

    private static boolean isTemplateHeader(String line) {
        return Arrays.stream(line.split("[,;]"))
                .map(cell -> cell.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .anyMatch("unit_code"::equals);
    }
}

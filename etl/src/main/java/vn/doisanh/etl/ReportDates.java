package vn.doisanh.etl;

import java.time.LocalDate;
import java.util.Optional;
import vn.doisanh.extract.meta.PeriodDetector;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.source.DocxText;
import vn.doisanh.extract.source.FileFormat;
import vn.doisanh.extract.source.PdfText;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.TextDecoder;

/**
 * The date a narrative report was signed ("Hà Bắc, ngày 15 tháng 10 năm 2025"), which decides which of two reports
 * for the same unit and period is the newer. The extractor reads it but does not return it, so the text is read
 * once more here; templates have no date line.
 */
final class ReportDates {
    private ReportDates() {
    }

    static Optional<LocalDate> of(String file, byte[] bytes) {
        try {
            FileFormat format = FileFormat.of(file, bytes);
            String text = switch (format) {
                case TXT -> TextDecoder.decode(bytes, file);
                case DOCX -> DocxText.read(bytes, file);
                case PDF -> PdfText.read(bytes, file);
                case CSV, XLSX -> null;
            };
            return text == null ? Optional.empty()
                    : PeriodDetector.reportDate(SourceText.of(file, format.code(), text).flow());
        } catch (ExtractionException | RuntimeException e) {
            return Optional.empty(); // the extraction itself reports an unreadable file
        }
    }
}

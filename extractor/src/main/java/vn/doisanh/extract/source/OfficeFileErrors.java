package vn.doisanh.extract.source;

import java.io.IOException;
import vn.doisanh.extract.model.ExtractionException;

/** How a .docx or .xlsx that POI cannot open is reported: a zip bomb is named as such, not as "damaged". */
public final class OfficeFileErrors {
    private OfficeFileErrors() {
    }

    public static ExtractionException damaged(String file, String kind, IOException e) {
        String reason = String.valueOf(e.getMessage()).contains("Zip bomb")
                ? "the file inflates to far more than any document (a zip bomb?); it was not opened"
                : "the " + kind + " is damaged or truncated (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        return new ExtractionException("unreadable_file", file, reason);
    }
}

package vn.doisanh.extract.model;

/**
 * The one exception the extractor lets escape: a file it cannot turn into facts. {@code code} is stable
 * ({@code unit_not_found}, {@code unreadable_docx}…); the message names the file and, where known, the line or
 * field and the reason.
 */
public class ExtractionException extends Exception {
    private final String code;
    private final String file;

    public ExtractionException(String code, String file, String reason) {
        super(file + ": " + reason);
        this.code = code;
        this.file = file;
    }

    public ExtractionException(String code, String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.code = code;
        this.file = file;
    }

    public String code() {
        return code;
    }

    public String file() {
        return file;
    }
}

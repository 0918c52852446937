package vn.doisanh.sampledata.plan;

/** The file formats units send. */
public enum ReportFormat {
    TXT("txt"),
    DOCX("docx"),
    CSV("csv"),
    XLSX("xlsx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public boolean isNarrative() {
        return this == TXT || this == DOCX;
    }

    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected txt, docx, csv or xlsx)");
    }
}

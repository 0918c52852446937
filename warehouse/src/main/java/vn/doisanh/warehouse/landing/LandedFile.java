package vn.doisanh.warehouse.landing;

import java.util.Objects;

/**
 * The sidecar of one file in the landing zone ({@code <sha256>.json}): what the bytes are and who brought them.
 * {@code originalName} is the name the sender gave; it is shown to people and never used as a path.
 *
 * @param format     detected from the content ({@code txt}, {@code docx}, {@code pdf}, {@code csv}, {@code xlsx})
 * @param uploadedAt an ISO-8601 instant
 */
public record LandedFile(String sha256, String originalName, long size, String format, String uploadedBy,
                         String uploadedAt) {
    private static final int LONGEST_NAME = 255;

    public LandedFile {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        originalName = displayName(originalName);
    }

    /** The extension the ETL sees: the detected format, never the sender's. */
    public String fileName() {
        return sha256 + "." + format;
    }

    /**
     * A name safe to show and to log: the last segment of either kind of path, without control characters (a NUL,
     * a newline in a log line), at most 255 characters. Still only for display.
     */
    public static String displayName(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return clean.length() > LONGEST_NAME ? clean.substring(0, LONGEST_NAME) : clean;
    }
}

package vn.doisanh.extract.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.doisanh.extract.model.ExtractionException;

/** What a file is, judged from its content first (a renamed file is still what it is), its name second. */
public enum FileFormat {
    TXT, DOCX, PDF, CSV, XLSX;

    private static final int ZIP_ENTRIES_TO_LOOK_AT = 64;

    public static FileFormat of(String fileName, byte[] bytes) throws ExtractionException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF")) {
            return PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return officeKind(bytes, name, fileName);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new ExtractionException("unsupported_format", fileName,
                    "an old binary Office file (.doc/.xls) or a password-protected one; save it as .docx or .xlsx");
        }
        if (name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".pdf")) {
            throw new ExtractionException("unreadable_file", fileName,
                    "the name says " + name.substring(name.lastIndexOf('.')) + " but the content is not; the file "
                            + "is damaged, truncated or mislabelled");
        }
        return name.endsWith(".csv") ? CSV : TXT;
    }

    private static FileFormat officeKind(byte[] bytes, String name, String fileName) throws ExtractionException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int i = 0; i < ZIP_ENTRIES_TO_LOOK_AT && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().startsWith("word/")) {
                    return DOCX;
                }
                if (entry.getName().startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged archive (or entry names that are not UTF-8): fall back on the name; the reader reports it.
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        throw new ExtractionException("unsupported_format", fileName,
                "a ZIP archive that is neither a Word .docx nor an Excel .xlsx");
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

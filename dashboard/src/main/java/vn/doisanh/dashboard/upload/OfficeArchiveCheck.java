package vn.doisanh.dashboard.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.doisanh.extract.model.ExtractionException;

/**
 * Looks inside an uploaded .docx/.xlsx before POI opens it, reading each part as a stream into nothing (constant
 * memory, stopping at the first limit): POI's own guard (ZipSecureFile: a part may inflate at most 100× its
 * compressed size) still lets a 20 MB upload inflate to 2 GB in memory, and an XML part with a DOCTYPE is where
 * entity tricks (XXE, billion laughs) live; Office never writes one.
 */
final class OfficeArchiveCheck {
    /** A report with scanned pages is mostly JPEG, which does not inflate: 200 MB is far above any real one. */
    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    /** Past a few MB, a part that inflates this much more than the whole file is not a document. */
    static final long MAX_RATIO = 100;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private OfficeArchiveCheck() {
    }

    static void check(byte[] bytes, String file) throws ExtractionException {
        long limit = limit(bytes.length);
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb(file, "it holds more than " + MAX_ENTRIES + " parts");
                }
                boolean xml = isXml(entry.getName());
                inflated += scan(zip, xml, file, entry.getName(), limit - inflated, limit);
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged archive: POI reads it next and reports what is wrong in its own words.
        }
    }

    /** Reads one part to its end (or the budget), looking for a DOCTYPE in XML; returns the bytes it inflated to. */
    private static long scan(InputStream part, boolean xml, String file, String name, long budget, long limit)
            throws IOException, ExtractionException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int matched = 0;
        for (int n; (n = part.read(buffer)) != -1; ) {
            read += n;
            if (read > budget) {
                throw bomb(file, String.format(Locale.ROOT, "its parts inflate to more than %,d bytes "
                        + "(%d times its size, at most %d MB)", limit, MAX_RATIO, MAX_INFLATED_BYTES >> 20));
            }
            for (int i = 0; xml && i < n; i++) {
                byte b = buffer[i];
                byte upper = (byte) Character.toUpperCase((char) (b & 0xFF));
                matched = upper == DOCTYPE[matched] ? matched + 1 : upper == DOCTYPE[0] ? 1 : 0;
                if (matched == DOCTYPE.length) {
                    throw new ExtractionException("unsafe_xml", file, "the part " + name + " declares a DOCTYPE "
                            + "(the way external entities and entity bombs get in); Word and Excel never write one, "
                            + "so the file was not opened");
                }
            }
        }
        return read;
    }

    /** At most 100× the file, at least 4 MB (a small file of plain XML inflates well), at most 200 MB. */
    static long limit(long size) {
        return Math.min(MAX_INFLATED_BYTES, Math.max(4L * 1024 * 1024, MAX_RATIO * size));
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static ExtractionException bomb(String file, String why) {
        return new ExtractionException("zip_bomb", file, "the file looks like a zip bomb: " + why
                + "; it was not opened");
    }
}

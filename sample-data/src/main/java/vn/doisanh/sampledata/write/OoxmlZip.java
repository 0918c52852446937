package vn.doisanh.sampledata.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a .docx/.xlsx package so the same content always gives the same bytes: POI stamps every zip entry with
 * the current time. Entries keep their order ([Content_Types].xml first) and get one fixed, time-zone-free time.
 */
public final class OoxmlZip {
    private OoxmlZip() {
    }

    public static byte[] normalise(byte[] pkg, LocalDateTime stamp) {
        return rewrite(pkg, stamp, null);
    }

    /** As {@link #normalise}, but stores {@code storedEntry} uncompressed so its text is readable in the raw bytes. */
    public static byte[] normaliseStoring(byte[] pkg, LocalDateTime stamp, String storedEntry) {
        return rewrite(pkg, stamp, storedEntry);
    }

    private static byte[] rewrite(byte[] pkg, LocalDateTime stamp, String storedEntry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pkg.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                if (entry.getName().equals(storedEntry)) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite an OOXML package", e);
        }
        return bytes.toByteArray();
    }
}

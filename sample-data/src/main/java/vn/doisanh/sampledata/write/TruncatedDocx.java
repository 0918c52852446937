package vn.doisanh.sampledata.write;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.doisanh.sampledata.text.Block;
import vn.doisanh.sampledata.text.ReportDraft;

/**
 * A .docx cut off mid-transfer: the zip ends inside the document body, so no reader can open it. The body is
 * stored uncompressed and the cut falls after the synthetic line, so even the broken file says what it is.
 */
public final class TruncatedDocx {
    private static final int KEEP_AFTER_MARKER = 400;

    private TruncatedDocx() {
    }

    public static byte[] write(List<Block> blocks, String title, LocalDate reportDate) {
        byte[] whole = DocxWriter.writeWithStoredBody(blocks, title, reportDate);
        byte[] marker = ReportDraft.SYNTHETIC_LINE.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(whole, marker);
        if (at < 0) {
            throw new IllegalStateException("the synthetic line is not in the stored document body");
        }
        int cut = at + marker.length + KEEP_AFTER_MARKER;
        if (cut >= whole.length * 0.9) {
            throw new IllegalStateException("report too short to truncate inside its body");
        }
        return Arrays.copyOf(whole, cut);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

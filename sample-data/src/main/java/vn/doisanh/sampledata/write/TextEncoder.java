package vn.doisanh.sampledata.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.doisanh.sampledata.plan.TextVariant;

/** Turns a report's text into the bytes of a .txt file in one of the encodings offices send. */
public final class TextEncoder {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private TextEncoder() {
    }

    public static byte[] encode(String text, TextVariant variant) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return switch (variant) {
            case UTF8 -> nfc.getBytes(StandardCharsets.UTF_8);
            case UTF8_BOM -> concat(UTF8_BOM, nfc.getBytes(StandardCharsets.UTF_8));
            case UTF8_CRLF -> crlf(nfc).getBytes(StandardCharsets.UTF_8);
            case UTF8_NFD -> Normalizer.normalize(nfc, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
            // Legacy Windows tools write CRLF as well.
            case WINDOWS_1258 -> Cp1258Encoder.encode(crlf(nfc));
            case UTF16LE_BOM -> concat(UTF16LE_BOM, crlf(nfc).getBytes(StandardCharsets.UTF_16LE));
        };
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}

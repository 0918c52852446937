package vn.doisanh.extract.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.doisanh.extract.model.ExtractionException;

/**
 * Turns the bytes of a plain-text report into normalised text: the encoding from a BOM, else UTF-8 if the bytes
 * are valid UTF-8, else UTF-16 if they look like it, else Windows-1258 (the legacy Vietnamese code page, which
 * stores tone marks as combining characters, so NFC matters); then NFC and {@code \n} line endings.
 */
public final class TextDecoder {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String file) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("empty_file", file, "the file is empty");
        }
        String decoded = decodeBytes(bytes, file);
        String text = normalise(decoded);
        if (text.isBlank()) {
            throw new ExtractionException("empty_file", file, "the file holds only white space");
        }
        return text;
    }

    /** NFC, no BOM, LF line endings, no NUL or other control characters but tab and newline. */
    public static String normalise(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String decodeBytes(byte[] bytes, String file) throws ExtractionException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, file);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, file);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, file);
        }
        Charset utf16 = likelyUtf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, file);
        }
        if (containsNul(bytes)) {
            throw new ExtractionException("binary_file", file, "binary content (NUL bytes), not a text report");
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1258);
        }
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String file) throws ExtractionException {
        try {
            return decodeStrictly(bytes, skip, charset);
        } catch (CharacterCodingException e) {
            throw new ExtractionException("bad_encoding", file,
                    "the file says it is " + charset.name() + " but holds bytes that are not valid " + charset.name());
        }
    }

    private static String decodeStrictly(byte[] bytes, int skip, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
    }

    /** Text in UTF-16 without a BOM has a NUL in almost every other byte (ASCII letters, spaces, digits). */
    private static Charset likelyUtf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < sample; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package vn.doisanh.sampledata.write;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Encodes Vietnamese in Windows-1258, the legacy code page. It holds the base letters with their vowel marks
 * (â, ê, ô, ơ, ư, ă, đ) but not the tones, which follow as combining characters: "ế" is written "ê" + U+0301.
 * Java's encoder does not do that split itself, so this class does, and checks the result decodes back.
 */
public final class Cp1258Encoder {
    public static final Charset CP1258 = Charset.forName("windows-1258");

    private Cp1258Encoder() {
    }

    public static byte[] encode(String text) {
        CharsetEncoder encoder = CP1258.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            out.writeBytes(bytes(encoder, split(encoder, nfc.charAt(i))));
        }
        byte[] encoded = out.toByteArray();
        String back = Normalizer.normalize(new String(encoded, CP1258), Normalizer.Form.NFC);
        if (!back.equals(nfc)) {
            throw new IllegalStateException("Windows-1258 encoding does not round-trip");
        }
        return encoded;
    }

    /** The character itself if the code page has it, else a letter it has plus combining tone marks. */
    private static String split(CharsetEncoder encoder, char c) {
        if (encoder.canEncode(c)) {
            return String.valueOf(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        String marks = decomposed.substring(1);
        for (int m = 0; m < marks.length(); m++) {
            String composed = Normalizer.normalize("" + base + marks.charAt(m), Normalizer.Form.NFC);
            String rest = marks.substring(0, m) + marks.substring(m + 1);
            if (composed.length() == 1 && encoder.canEncode(composed + rest)) {
                return composed + rest;
            }
        }
        if (encoder.canEncode(decomposed)) {
            return decomposed;
        }
        throw new IllegalArgumentException("cannot write '" + c + "' (U+" + Integer.toHexString(c) + ") in Windows-1258");
    }

    private static byte[] bytes(CharsetEncoder encoder, String text) {
        try {
            var buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("cannot write '" + text + "' in Windows-1258", e);
        }
    }
}

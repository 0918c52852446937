package vn.doisanh.sampledata.plan;

/**
 * How a narrative .txt file is encoded. Most are plain UTF-8; the others are what offices really send: Windows line
 * ends, decomposed (NFD) text from some Mac editors, a BOM, and the legacy Vietnamese code page or UTF-16 from old
 * Windows tools.
 */
public enum TextVariant {
    UTF8,
    UTF8_BOM,
    UTF8_CRLF,
    UTF8_NFD,
    WINDOWS_1258,
    UTF16LE_BOM
}

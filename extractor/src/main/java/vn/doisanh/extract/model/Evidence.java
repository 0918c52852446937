package vn.doisanh.extract.model;

/**
 * Where a value came from: the sentence (or table row, or template cell) and its character offset in the
 * document text as the extractor read it (UTF-8 decoded, NFC). {@code location} names a line, page, table row or
 * cell where the format has one.
 */
public record Evidence(String text, int offset, String location) {
}

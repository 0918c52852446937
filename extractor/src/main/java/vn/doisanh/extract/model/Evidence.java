package vn.doisanh.extract.model;

/**
 * Where a value came from: the sentence (or table row, or template row), its character offset in the document
 * text as the extractor read it (decoded, NFC, {@code \n} line ends), the exact words the rule matched (to
 * highlight), and a location a person can find ("line 57", "row 12", "Sheet1!D7").
 */
public record Evidence(String text, int offset, String matched, String location) {
}

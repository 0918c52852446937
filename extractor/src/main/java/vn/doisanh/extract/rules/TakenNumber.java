package vn.doisanh.extract.rules;

/** A number of the text that a rule, a table cell or a breakdown item took as a value of {@code indicator}. */
public record TakenNumber(int start, int end, String indicator) {
}
